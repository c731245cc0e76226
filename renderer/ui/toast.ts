import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  /** An optional action, e.g. "Undo" after a delete. */
  action?: { label: string; run: () => void | Promise<void> };
}

interface ToastState {
  toasts: Toast[];
  show(message: string, action?: Toast['action']): void;
  dismiss(id: number): void;
}

let next = 1;
/** More than this and the stack covers the page; the oldest give way (an undo offer is kept longest). */
const MAX_VISIBLE = 3;

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show(message, action) {
    const id = next++;
    const toasts = [...get().toasts, { id, message, action }];
    while (toasts.length > MAX_VISIBLE) {
      const plain = toasts.findIndex((t) => !t.action);
      toasts.splice(plain >= 0 && plain < toasts.length - 1 ? plain : 0, 1);
    }
    set({ toasts });
    setTimeout(() => get().dismiss(id), action ? 10_000 : 5_000);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

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

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show(message, action) {
    const id = next++;
    set({ toasts: [...get().toasts, { id, message, action }] });
    setTimeout(() => get().dismiss(id), action ? 10_000 : 5_000);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

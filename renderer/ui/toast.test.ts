import { afterEach, describe, expect, it, vi } from 'vitest';
import { useToasts } from './toast';

afterEach(() => {
  useToasts.setState({ toasts: [] });
  vi.useRealTimers();
});

describe('toasts', () => {
  it('keeps at most three on screen, dropping plain messages before an undo offer', () => {
    vi.useFakeTimers();
    const { show } = useToasts.getState();
    show('Cuenta eliminada.', { label: 'Deshacer', run: () => undefined });
    show('Guardado 1');
    show('Guardado 2');
    show('Guardado 3');
    const messages = useToasts.getState().toasts.map((t) => t.message);
    expect(messages).toEqual(['Cuenta eliminada.', 'Guardado 2', 'Guardado 3']);
  });

  it('dismisses plain messages after five seconds', () => {
    vi.useFakeTimers();
    useToasts.getState().show('Guardado');
    vi.advanceTimersByTime(5_001);
    expect(useToasts.getState().toasts).toEqual([]);
  });
});

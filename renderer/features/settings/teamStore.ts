import { create } from 'zustand';
import type { z } from 'zod';
import type { TeamSettings } from '../../../shared/features/app/team';
import type { Input } from '../../../shared/ipc/contract';
import { api } from '../../api';
import { useApp } from '../app/store';

interface TeamState {
  team: z.output<typeof TeamSettings> | null;
  load(): Promise<void>;
  /** Save; the app then reads its info again (the store may have moved to another engine). */
  save(input: Input<'team.save'>): Promise<z.output<typeof TeamSettings>>;
}

export const useTeam = create<TeamState>((set) => ({
  team: null,
  async load() {
    set({ team: await api('team.get', {}) });
  },
  async save(input) {
    const team = await api('team.save', input);
    set({ team });
    await useApp.getState().load();
    return team;
  },
}));

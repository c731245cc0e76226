import type { playbooksChannels } from '../../../shared/features/playbooks/contract';
import type { Handlers } from '../../handler';
import { printCard } from './card';
import { deleteContact, listContacts, restoreContact, saveContact } from './contacts';
import { pausePlanned, resumePlanned } from './holds';
import { addEvent, endIncident, getIncident, listIncidents, saveFacts, setSeverity, startIncident } from './incidents';
import { copyPlaybook, deletePlaybook, getPlaybook, listPlaybooks, restorePlaybook, savePlaybook } from './playbooks';
import { buildReport, exportReport } from './report';

export const playbooksHandlers: Handlers<keyof typeof playbooksChannels> = {
  'playbooks.list': (input, ctx) => listPlaybooks(ctx, input),
  'playbooks.get': (input, ctx) => getPlaybook(ctx, input.id, input.version),
  'playbooks.save': (input, ctx) => savePlaybook(ctx, input),
  'playbooks.copy': (input, ctx) => copyPlaybook(ctx, input),
  'playbooks.delete': async (input, ctx) => {
    await deletePlaybook(ctx, input);
    return {};
  },
  'playbooks.restore': (input, ctx) => restorePlaybook(ctx, input.id),
  'playbooks.card': (input, ctx) => printCard(ctx, input.id, input.version),
  'contacts.list': (input, ctx) => listContacts(ctx, input.query),
  'contacts.save': (input, ctx) => saveContact(ctx, input),
  'contacts.delete': async (input, ctx) => {
    await deleteContact(ctx, input);
    return {};
  },
  'contacts.restore': (input, ctx) => restoreContact(ctx, input.id),
  'incidents.list': (_input, ctx) => listIncidents(ctx),
  'incidents.start': (input, ctx) => startIncident(ctx, input),
  'incidents.get': (input, ctx) => getIncident(ctx, input.id),
  'incidents.fillStatements': (input, ctx) => saveFacts(ctx, input.id, input.facts),
  'incidents.setSeverity': (input, ctx) => setSeverity(ctx, input.id, input.severity),
  'incidents.addEvent': (input, ctx) => addEvent(ctx, input),
  'incidents.pausePlanned': (input, ctx) => pausePlanned(ctx, input),
  'incidents.resumePlanned': (input, ctx) => resumePlanned(ctx, input.id),
  'incidents.end': (input, ctx) => endIncident(ctx, input.id, input.at),
  'incidents.report': (input, ctx) => buildReport(ctx, input.id),
  'incidents.exportReport': (input, ctx) => exportReport(ctx, input.id, input.format),
};

import { networkName } from '../../../shared/domain/networks';
import type { Playbook } from '../../../shared/features/playbooks/contract';
import type { AppContext } from '../../context';
import { getSettings } from '../settings/service';
import { getPlaybook } from './playbooks';
import { catalogFor, escapeHtml as e, htmlDocument, interpolate } from './text';

interface CardContact {
  id: number;
  name: string;
  phone: string;
  email: string;
  alternateName: string | null;
  alternatePhone: string | null;
}

/** One printable page: who to call in order, deadlines, what to confirm, the steps and the statements. */
export function crisisCardHtml(p: Playbook, contacts: CardContact[], officeName: string): string {
  const t = catalogFor(p.locale);
  const c = p.content;
  const callRows = c.responders
    .map((r, i) => {
      const who = contacts.find((x) => x.id === r.contactId);
      const alt = who?.alternateName ? `${t.card.alternate}: ${who.alternateName} ${who.alternatePhone ?? ''}` : '';
      return `<tr><td>${i + 1}</td><td>${e(t.duties[r.duty])}</td><td>${e(r.role)}</td><td><strong>${e(who?.name ?? '—')}</strong><br>${e(who?.phone ?? '')}<br>${e(who?.email ?? '')}</td><td>${e(alt)}</td></tr>`;
    })
    .join('');
  const levels = c.severities
    .map((l) => `<tr><td>${e(t.severity[l.severity])}</td><td>${e(l.description)}</td><td>${e(interpolate(t.card.minutes, { first: l.firstResponseMinutes, every: l.updateEveryMinutes }))}</td></tr>`)
    .join('');
  const checks = c.checklist.map((x) => `<li>${e(x.fact)}${x.confirmWith ? ` <span class="muted">(${e(x.confirmWith)})</span>` : ''}</li>`).join('');
  const steps = c.steps.map((s) => `<li>${e(s)}</li>`).join('');
  const statements = c.statements
    .map(
      (s) =>
        `<h3>${e(s.title)}</h3><div class="stmt">${e(s.text)}</div>${s.variants
          .map((v) => `<div class="stmt"><strong>${e(networkName(v.network, p.locale))}:</strong> ${e(v.text)}</div>`)
          .join('')}`,
    )
    .join('');
  const body = `<h1>${e(t.card.title)}: ${e(c.name)}</h1>
<p class="muted">${officeName ? `${e(officeName)} · ` : ''}${e(interpolate(t.card.version, { n: p.shownVersion }))}</p>
<h2>${e(t.card.callOrder)}</h2><table><tbody>${callRows}</tbody></table>
<h2>${e(t.card.levels)}</h2><table><tbody>${levels}</tbody></table>
<div style="display:grid;grid-template-columns:1fr 1fr;gap:4mm"><div><h2>${e(t.card.check)}</h2><ul>${checks}</ul></div><div><h2>${e(t.card.steps)}</h2><ol>${steps}</ol></div></div>
<h2>${e(t.card.statements)}</h2>${statements}`;
  return htmlDocument(p.locale, `${t.card.title}: ${c.name}`, body, 'h3 { font-size: 10.5pt; margin: 2mm 0 0.5mm; } body { font-size: 9.5pt; }');
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);

export async function printCard(ctx: AppContext, id: number, version?: number): Promise<{ path: string | null }> {
  const p = await getPlaybook(ctx, id, version);
  const ids = p.content.responders.map((r) => r.contactId).filter((x): x is number => x !== null);
  const contacts = ids.length
    ? await ctx.db
        .selectFrom('contacts as c')
        .leftJoin('contacts as a', (j) => j.onRef('a.id', '=', 'c.alternateId').on('a.deletedAt', 'is', null))
        .select(['c.id', 'c.name', 'c.phone', 'c.email', 'a.name as alternateName', 'a.phone as alternatePhone'])
        .where('c.id', 'in', ids)
        .execute()
    : [];
  const settings = await getSettings(ctx);
  const pdf = await ctx.platform.printToPdf(crisisCardHtml(p, contacts, settings.officeName), { paper: 'A4' });
  const file = `${catalogFor(p.locale).card.title}-${slug(p.content.name)}-v${p.shownVersion}.pdf`;
  return { path: await ctx.platform.saveFile(slug(file.replace(/\.pdf$/, '')) + '.pdf', pdf) };
}

export { slug };

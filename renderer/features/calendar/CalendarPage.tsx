import FullCalendar from '@fullcalendar/react';
import { addDays, dayInZone, localToInstant } from '../../../shared/domain/time';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import esLocale from '@fullcalendar/react/locales/es';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './calendar.css';
import type { CalendarOptions, CalendarRef, EventDropInfo, EventInput, EventSourceFuncInfo } from '@fullcalendar/react';
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkHandle } from '../../../shared/domain/networks';
import type { PostEvent } from '../../../shared/features/calendar/contract';
import { formatInZone } from '../../../shared/i18n/dates';
import type { Input } from '../../../shared/ipc/contract';
import { api } from '../../api';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { errorText } from '../../ui/errors';
import { useLocale } from '../../ui/locale';
import { useToasts } from '../../ui/toast';
import { onDataSourceChange, useApp } from '../app/store';
import { CalendarFilters } from './CalendarFilters';
import { CalendarItem, itemLabel, itemText, itemWords } from './CalendarItem';
import { CalendarSide } from './CalendarSide';
import { DayList } from './DayList';
import { takeOpening } from './opening';
import { type PageData, readPage, sideSpan, type Span } from './pageReads';
import { type BusyHour, type FoldedDay, foldDays, groupHours, roomIn, weekItemBox } from './dayFold';
import { ManageLibrary } from './ManageLibrary';
import { newPostDefault, newPostOn } from './newPost';
import { LazyPostEditor, prefetchEditor } from './LazyPostEditor';
import { PostSearch } from './PostSearch';
import { type ShortcutAction, ShortcutHelp, useShortcuts } from './Shortcuts';
import { useCalendar } from './store';
import { useShallow } from 'zustand/react/shallow';
import { useStable } from '../../ui/useStable';

/** The editorial calendar: month, week and list views over the office time zone, drag to reschedule. */
export function CalendarPage() {
  const { t } = useTranslation();
  const settings = useApp((s) => s.settings);
  // Only what the page draws from: the library landing or the side panel's data must not redraw the grid.
  const { filters, revision, loadLibrary, setSide, openPost, openNew, changed, error, setError } = useCalendar(
    useShallow((s) => ({ filters: s.filters, revision: s.revision, loadLibrary: s.loadLibrary, setSide: s.setSide, openPost: s.openPost, openNew: s.openNew, changed: s.changed, error: s.error, setError: s.setError })),
  );
  const show = useToasts((s) => s.show);
  const timeZone = settings?.timeZone ?? 'Europe/Madrid';
  const locale = useLocale();
  const firstDay = settings?.weekStart === 'monday' ? 1 : 0;

  // One library load per visit, shared by the first events fetch (which
  // FullCalendar starts before this page's effects run) and the effect below.
  const libraryLoad = useRef<Promise<void> | null>(null);
  const library = useCallback(() => (libraryLoad.current ??= loadLibrary()), [loadLibrary]);
  useEffect(() => {
    void library();
  }, [library]);
  // The team's server went away or came back: the library and the visible range are read again from where reads now go.
  useEffect(
    () =>
      onDataSourceChange(() => {
        libraryLoad.current = null;
        void library();
        changed();
      }),
    [library, changed],
  );
  /** The revision the side panel last read: a change reads it again, in the grid's round. */
  const sideRead = useRef<string | null>(null);

  // Week view: the day starts at 7:00 and ends at 22:00 unless a post in the
  // week lies outside, so the night folds away and nothing is ever hidden.
  const [hours, setHours] = useState(DAY_HOURS);
  const fitHours = useCallback(
    (posts: PostEvent[]) => {
      const local = posts.filter((p) => p.scheduledAt).map((p) => Number(formatInZone(p.scheduledAt!, 'H', 'es', timeZone)));
      const next = { min: Math.min(DAY_HOURS.min, ...local), max: Math.max(DAY_HOURS.max, ...local.map((h) => h + 1)) };
      setHours((h) => (h.min === next.min && h.max === next.max ? h : next));
    },
    [timeZone],
  );

  const calendar = useRef<CalendarRef>(null);
  const grid = useRef<HTMLDivElement>(null);
  // The month draws per day what its cell has room for (see foldDays); the
  // busy days' whole lists open from their "+N", and a keyboard move finds
  // its post by id.
  const room = useRef<number | null>(null);
  const folded = useRef(new Map<string, FoldedDay>());
  const postsById = useRef(new Map<number, PostEvent>());
  const [dayOpen, setDayOpen] = useState<string | null>(null);
  /** The last range read, so a resize that changes a cell's room redraws without reading again. */
  const lastRead = useRef<Read & { key: string }>(null);

  /** The page's reads for a range, started once per range, filters and revision (see readPage). */
  const readFor = useCallback(
    (span: Span): Read => {
      const key = JSON.stringify([span.from, span.to, revision, filters]);
      if (lastRead.current?.key === key) return lastRead.current;
      const sideKey = `${revision}/${timeZone}`;
      const side = sideRead.current === sideKey ? null : sideSpan(timeZone, new Date());
      sideRead.current = sideKey;
      const unfiltered = !filters.accountIds.length && !filters.networks.length && !filters.campaignId && !filters.statuses.length;
      // The month the app opens on was read before the page was drawn (opening.ts).
      const opened = side && revision === 0 && unfiltered ? takeOpening(span, side) : null;
      if (opened) libraryLoad.current ??= opened.library;
      // Read in full already (the start's reads usually are by the time the grid asks): drawn in the grid's first render.
      const ready = opened?.settled.library ? opened.settled.page : undefined;
      if (ready) {
        if (ready.side) {
          const side = ready.side;
          setTimeout(() => setSide(side), 0);
        }
        lastRead.current = { key, data: Promise.resolve(ready), now: ready };
        return lastRead.current;
      }
      const data = Promise.all([
        opened?.data ?? readPage(span, {
          ...(filters.accountIds.length ? { accountIds: filters.accountIds } : {}),
          ...(filters.networks.length ? { networks: filters.networks } : {}),
          ...(filters.campaignId ? { campaignId: filters.campaignId } : {}),
          ...(filters.statuses.length ? { statuses: filters.statuses } : {}),
        }, side),
        library(),
      ]).then(([page]) => {
        // The panel draws after the grid's items, not in the same render: the grid is what a city month waits for.
        if (page.side) {
          const side = page.side;
          setTimeout(() => setSide(side), 0);
        }
        return page;
      });
      const read: Read & { key: string } = { key, data, now: null };
      lastRead.current = read;
      data.then(
        (page) => (read.now = page),
        () => {
          lastRead.current = null;
          sideRead.current = null;
        },
      );
      return read;
    },
    [filters, revision, timeZone, library, setSide],
  );
  /**
   * The view a read is for. A week's range gives itself away; the month and
   * the list read the same range, so the calendar says which one is showing
   * (FullCalendar fetches again on every view change: see lazyFetching).
   */
  const viewOf = useCallback((info: EventSourceFuncInfo): View => {
    if (info.end.getTime() - info.start.getTime() <= 8 * 86_400_000) return 'week';
    return calendar.current?.getApi().view.type === VIEWS.list ? 'list' : 'month';
  }, []);
  // A new function when the filters, language or data change: FullCalendar fetches the visible range again.
  const events = useMemo(() => {
    return (info: EventSourceFuncInfo, success: (events: EventInput[]) => void): void => {
      const from = info.start.toISOString();
      const to = info.end.toISOString();
      const fromDay = formatInZone(info.start, 'yyyy-MM-dd', locale, timeZone);
      const toDay = formatInZone(new Date(info.end.getTime() - 1), 'yyyy-MM-dd', locale, timeZone);
      // Campaign names come from the library, loading alongside: waiting for
      // it here, not refetching when it lands, keeps first paint to one round.
      // What is read already is handed over at once, so FullCalendar draws it in the render that asked.
      const read = readFor({ from, to, fromDay, toDay });
      // Once the first posts are drawn, the editor's code loads while the browser is idle.
      const hand = (page: PageData) => {
        success(draw(info, fromDay, toDay, page));
        prefetchEditor();
      };
      if (read.now) hand(read.now);
      else read.data.then(hand, (err: unknown) => {
        setError(err);
        success([]);
      });
    };
    function draw(info: EventSourceFuncInfo, fromDay: string, toDay: string, { posts, cadence, special }: PageData): EventInput[] {
      try {
        postsById.current = new Map(posts.map((p) => [p.id, p]));
        const words = itemWords(t);
        const campaignNames = new Map(useCalendar.getState().campaigns.map((c) => [c.id, c.name]));
        if (info.end.getTime() - info.start.getTime() <= 8 * 86_400_000) fitHours(posts);
        const out: EventInput[] = [];
        for (const d of special) {
          out.push({
            id: `special:${d.key}:${d.day}`,
            title: t('calendar.event.special', { name: d.name[locale] }),
            start: d.day,
            allDay: true,
            editable: false,
            className: `special-day special-${d.kind}`,
            // Opening a special day offers it as an idea for that day.
            extendedProps: { mark: 'special', preset: { title: d.name[locale], scheduledDay: d.day, status: 'idea' } },
            color: 'var(--ok-bg)',
            contrastColor: 'var(--ok)',
          });
        }
        for (const w of cadence.weeks) {
          // The month view hides other months' days: a week that began in the
          // previous month shows its mark on its first day in this one.
          const markDay = w.startDay < fromDay ? fromDay : w.startDay;
          const silent = cadence.accounts.filter((a) => a.weeks.find((x) => x.week === w.week)?.state === 'silent');
          const below = cadence.accounts.filter((a) => a.weeks.find((x) => x.week === w.week)?.state === 'below');
          // Opening a gap mark starts a post on the mark's day for the accounts it names.
          const gapPreset = (day: string, list: typeof silent): Partial<Input<'posts.save'>> => ({
            ...newPostOn(day, timeZone),
            targets: list.map((a) => ({ accountId: a.accountId })),
          });
          // A city can have a hundred accounts behind one mark: name a few, count the rest (the side panel lists them all).
          const names = (list: typeof silent) => {
            const all = list.map((a) => networkHandle(a.network, a.handle, locale));
            if (all.length <= MARK_NAMES) return all.join(', ');
            return t('calendar.event.more', { first: all.slice(0, MARK_NAMES - 1).join(', '), count: all.length - (MARK_NAMES - 1) });
          };
          if (silent.length)
            out.push({ id: `silent:${w.week}`, title: t('calendar.event.silentWeek', { accounts: names(silent) }), start: markDay, allDay: true, editable: false, extendedProps: { mark: 'silent', preset: gapPreset(markDay, silent) }, className: 'cadence-mark cadence-silent', color: 'var(--danger-bg)', contrastColor: 'var(--danger)' });
          if (below.length)
            out.push({ id: `below:${w.week}`, title: t('calendar.event.belowWeek', { accounts: names(below) }), start: markDay, allDay: true, editable: false, extendedProps: { mark: 'below', preset: gapPreset(markDay, below) }, className: 'cadence-mark cadence-below', color: 'var(--warning-bg)', contrastColor: 'var(--warning)' });
        }
        for (const m of out) m.sortKey = 0;
        const marksPerDay = new Map<string, number>();
        for (const m of out) marksPerDay.set(String(m.start), (marksPerDay.get(String(m.start)) ?? 0) + 1);
        room.current = roomFor(grid.current, fromDay, toDay, firstDay);
        const view = viewOf(info);
        const fold = foldFor(view, posts, marksPerDay, room.current, timeZone);
        folded.current = new Map(fold.folded.map((f) => [f.day, f]));
        // A busy hour's box opens that hour's posts in the same list (keyed day@hour).
        for (const p of fold.shown) {
          const text = itemText(p, words, locale, timeZone);
          out.push({
            id: `post:${p.id}`,
            // The campaign is named, not only coloured: colour alone says nothing to a screen reader or in a grey printout.
            title: itemLabel(p, p.campaignId && p.campaignColor ? campaignNames.get(p.campaignId) : undefined, words, text.time, locale),
            start: p.scheduledAt ?? p.scheduledDay ?? undefined,
            ...(view === 'week' && p.scheduledAt ? weekItemBox(p.scheduledAt, timeZone) : {}),
            allDay: !p.scheduledAt,
            editable: true,
            ...postColors(p),
            className: ['post-event', `status-${p.status}`, p.changedSinceApproved ? 'changed' : '', p.campaignColor ? 'has-campaign' : ''].filter(Boolean).join(' '),
            sortKey: 1,
            extendedProps: { post: p, itemText: text },
          });
        }
        for (const h of fold.busy) {
          const start = localToInstant(`${h.day}T${String(h.hour).padStart(2, '0')}:00`, timeZone)!;
          const key = `${h.day}@${h.hour}`;
          folded.current.set(key, { day: h.day, posts: h.posts, hidden: h.posts.length });
          const time = formatInZone(start, locale === 'es' ? 'H:mm' : 'p', locale, timeZone);
          const statuses = [...new Set(h.posts.map((p) => p.status))].map((st) => `${words.status(st)}: ${h.posts.filter((p) => p.status === st).length}`).join(', ');
          out.push({
            id: `hour:${key}`,
            title: t('calendar.busyHour.label', { time, count: h.posts.length, statuses }),
            start,
            end: new Date(Date.parse(start) + 3_600_000).toISOString(),
            sortKey: 1,
            editable: false,
            className: 'busy-hour',
            extendedProps: { mark: 'hour', day: key, posts: h.posts, time, count: words.hourCount(h.posts.length) },
            color: 'var(--bg)',
            contrastColor: 'var(--text)',
          });
        }
        for (const f of fold.folded) {
          // Last in its cell (see eventOrder).
          out.push({
            id: `more:${f.day}`,
            title: words.moreHint(f.hidden),
            start: f.day,
            allDay: true,
            sortKey: 2,
            editable: false,
            className: 'day-more',
            extendedProps: { mark: 'more', day: f.day, text: words.more(f.hidden) },
            color: 'transparent',
            contrastColor: 'var(--text)',
          });
        }
        return out;
      } catch (err) {
        setError(err);
        return [];
      }
    }
  }, [readFor, timeZone, locale, t, setError, fitHours, firstDay, viewOf]);

  /** Moves a post (by drag or keyboard), then offers "Deshacer" in the toast; false when the move was refused. */
  const moveTo = async (post: PostEvent, input: Input<'posts.reschedule'>): Promise<boolean> => {
    try {
      const saved = await api('posts.reschedule', input);
      const whenOf = (p: PostEvent) => (p.scheduledAt ? formatInZone(p.scheduledAt, 'PPPp', locale, timeZone) : (p.scheduledDay ?? ''));
      const back = post.scheduledAt ? { scheduledAt: post.scheduledAt } : { scheduledDay: post.scheduledDay ?? undefined };
      show(t('calendar.moved', { when: whenOf(saved) }), {
        label: t('app.undo'),
        run: async () => {
          try {
            const undone = await api('posts.reschedule', { id: saved.id, version: saved.version, ...back });
            show(t('calendar.moveUndone', { when: whenOf(undone) }));
          } catch (err) {
            setError(err);
          }
          changed();
        },
      });
      changed();
      return true;
    } catch (err) {
      setError(new Error(t('calendar.moveFailed', { title: post.title, reason: errorText(t, err) })));
      return false;
    }
  };
  const onDrop = async (info: EventDropInfo) => {
    const post = info.event.extendedProps.post as PostEvent | undefined;
    if (!post || !info.event.start) return info.revert();
    const input = info.event.allDay
      ? { id: post.id, version: post.version, scheduledDay: info.event.startStr.slice(0, 10) }
      : // The move, not the box's new place: a week draws a post across its whole hour (weekItemBox), so 9:45 dragged a day on is 9:45 there.
        { id: post.id, version: post.version, scheduledAt: movedBy(post.scheduledAt, info.event.start, info.oldEvent.start, info.oldEvent.allDay) };
    if (!(await moveTo(post, input))) info.revert();
  };
  /** A keyboard move: the post being moved, while the officer picks its day with the arrows. */
  const [moving, setMoving] = useState<PostEvent | null>(null);
  const [moveNote, setMoveNote] = useState('');
  const dropOn = async (post: PostEvent, day: string) => {
    setMoving(null);
    setMoveNote('');
    const input: Input<'posts.reschedule'> = post.scheduledAt
      ? { id: post.id, version: post.version, scheduledAt: localToInstant(`${day}T${formatInZone(post.scheduledAt, 'HH:mm', 'es', timeZone)}`, timeZone)! }
      : { id: post.id, version: post.version, scheduledDay: day };
    await moveTo(post, input);
  };

  // A resized window gives each month cell another room: redraw from what was read.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(timer);
      timer = setTimeout(() => calendar.current?.getApi().refetchEvents(), 200);
    };
    window.addEventListener('resize', onResize);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, []);

  // Keyboard: one-key shortcuts, and month days that take the focus (arrows move it, Enter starts a post there).
  const search = useRef<HTMLInputElement>(null);
  const [help, setHelp] = useState(false);
  const focusDay = useRef<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const newOnDay = useCallback((day: string) => openNew(newPostOn(day, timeZone)), [openNew, timeZone]);
  const runShortcut = useCallback(
    (action: ShortcutAction) => {
      const cal = calendar.current?.getApi();
      if (action === 'new') openNew(newPostDefault(timeZone, new Date()));
      else if (action === 'help') setHelp(true);
      else if (action === 'search') search.current?.focus();
      else if (action === 'today') cal?.today();
      else if (action === 'next') cal?.next();
      else if (action === 'prev') cal?.prev();
      else cal?.changeView(VIEWS[action]);
    },
    [openNew, timeZone],
  );
  useShortcuts(runShortcut);
  /** One day of the month is in the tab order (the one last focused, else today, else the 1st); arrows move between the rest. */
  const syncRoving = useCallback(() => {
    const cells = [...(grid.current?.querySelectorAll<HTMLElement>('[data-day]') ?? [])];
    const today = dayInZone(new Date(), timeZone);
    const want = cells.find((c) => c.dataset.day === focusDay.current) ?? cells.find((c) => c.dataset.day === today) ?? cells[0];
    for (const c of cells) c.tabIndex = c === want ? 0 : -1;
    return want;
  }, [timeZone]);
  // FullCalendar's view buttons are tabs without the rest of the pattern: one
  // tab stop, arrows between tabs, and the view as the tab panel they control.
  const applyTabs = useCallback(() => {
    const root = grid.current;
    const panel = root?.querySelector<HTMLElement>('#calendar-view');
    root?.querySelectorAll<HTMLElement>('[role="tab"]').forEach((tab, i) => {
      tab.id ||= `calendar-tab-${i}`;
      const on = tab.getAttribute('aria-selected') === 'true';
      tab.tabIndex = on ? 0 : -1;
      tab.setAttribute('aria-controls', 'calendar-view');
      if (on) panel?.setAttribute('aria-labelledby', tab.id);
    });
  }, []);
  const onTabKey = (tab: HTMLElement, key: string): boolean => {
    const tabs = [...(tab.parentElement?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
    const i = tabs.indexOf(tab);
    const to = key === 'ArrowRight' ? (i + 1) % tabs.length : key === 'ArrowLeft' ? (i - 1 + tabs.length) % tabs.length : key === 'Home' ? 0 : key === 'End' ? tabs.length - 1 : -1;
    const next = tabs[to];
    if (!next) return false;
    const name = next.getAttribute('aria-label');
    next.click();
    requestAnimationFrame(() => {
      applyTabs();
      grid.current?.querySelector<HTMLElement>(`[role="tab"][aria-label="${name}"]`)?.focus();
    });
    return true;
  };
  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.getAttribute('role') === 'tab') {
      if (onTabKey(target, e.key)) e.preventDefault();
      return;
    }
    const item = target.closest<HTMLElement>('[data-post-id]');
    if (item && e.key === 'M' && !moving) {
      const post = postsById.current.get(Number(item.dataset.postId));
      const cell = item.closest<HTMLElement>('[data-day]');
      if (!post || !cell?.dataset.day) return;
      e.preventDefault();
      setMoving(post);
      setMoveNote(t('calendar.keyMove.started', { title: post.title }));
      focusDay.current = cell.dataset.day;
      syncRoving();
      cell.focus();
      return;
    }
    const day = target.dataset?.day;
    if (!day) return;
    if (moving && e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setMoveNote(t('calendar.keyMove.cancelled', { title: moving.title }));
      setMoving(null);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (moving) void dropOn(moving, day);
      else newOnDay(day);
      return;
    }
    const step = DAY_STEPS[e.key];
    if (step === undefined) return;
    e.preventDefault();
    focusDay.current = addDays(day, step);
    const there = grid.current?.querySelector<HTMLElement>(`[data-day="${focusDay.current}"]`);
    if (there) {
      syncRoving();
      there.focus();
    } else {
      // Another month: its day takes the focus once FullCalendar has drawn it.
      pendingFocus.current = focusDay.current;
      calendar.current?.getApi().gotoDate(focusDay.current);
    }
  };

  // FullCalendar redraws for every option whose value changed: each one keeps its identity across renders.
  const buttons = useMemo(
    () => ({
      dayGridMonth: { text: t('calendar.views.month'), hint: t('calendar.views.monthHint') },
      timeGridWeek: { text: t('calendar.views.week'), hint: t('calendar.views.weekHint') },
      listMonth: { text: t('calendar.views.list'), hint: t('calendar.views.listHint') },
      today: { text: t('calendar.views.today'), hint: t('calendar.views.today') },
    }),
    [t],
  );
  const times = useMemo(() => timeFormat(locale), [locale]);
  const moreLinkText = useCallback((n: number) => t('calendar.moreLink', { count: n }), [t]);
  const moreLinkHint = useCallback((n: number) => t('calendar.moreLinkHint', { count: n }), [t]);
  const eventContent = useCallback(
    (arg: Arg<'eventContent'>) => <CalendarItem event={arg.event} compact={arg.view.type.startsWith('dayGrid')} />,
    [],
  );
  const viewDidMount = useCallback(
    (arg: Arg<'viewDidMount'>) => {
      // The view keeps its own grid role; the plain box around it is the panel.
      const box = arg.el.parentElement && !arg.el.parentElement.hasAttribute('role') && !arg.el.parentElement.querySelector('[role="tablist"]') ? arg.el.parentElement : null;
      if (box) {
        box.id = 'calendar-view';
        box.setAttribute('role', 'tabpanel');
      }
      requestAnimationFrame(applyTabs);
    },
    [applyTabs],
  );
  const datesSet = useCallback(() => requestAnimationFrame(applyTabs), [applyTabs]);
  const dayCellDidMount = useCallback(
    (arg: Arg<'dayCellDidMount'>) => {
      if (arg.view.type !== 'dayGridMonth' || arg.isOther || arg.isDisabled) return;
      // The cell's start is its midnight; its noon names the day in the office zone whichever zone built it.
      arg.el.dataset.day = dayInZone(new Date(arg.date.getTime() + 12 * 3_600_000), timeZone);
      arg.el.tabIndex = -1;
      const el = arg.el;
      queueMicrotask(() => {
        syncRoving();
        if (pendingFocus.current === el.dataset.day) {
          pendingFocus.current = null;
          el.focus();
        }
      });
    },
    [timeZone, syncRoving],
  );
  const eventDrop = useStable(onDrop);
  const eventClick = useStable((info: Arg<'eventClick'>) => {
    if (info.event.extendedProps.mark === 'more' || info.event.extendedProps.mark === 'hour') {
      info.jsEvent?.preventDefault();
      return setDayOpen(info.event.extendedProps.day as string);
    }
    const post = info.event.extendedProps.post as PostEvent | undefined;
    const preset = info.event.extendedProps.preset as Partial<Input<'posts.save'>> | undefined;
    info.jsEvent?.preventDefault();
    if (post) void openPost(post.id);
    else if (preset) openNew(preset);
  });
  const dateClick = useStable((info: Arg<'dateClick'>) =>
    openNew(info.allDay ? newPostOn(info.dateStr.slice(0, 10), timeZone) : { scheduledAt: info.date.toISOString() }),
  );

  if (!settings) return null;

  return (
    <section aria-labelledby="calendar-title" aria-describedby="calendar-intro" className="page calendar-page">
      <header className="calendar-head">
        <h1 id="calendar-title">{t('calendar.title')}</h1>
        <p id="calendar-intro" className="visually-hidden">
          {t('calendar.intro')}
        </p>
        <a
          href="#calendar-grid"
          className="skip-link"
          onClick={(e) => {
            e.preventDefault();
            (syncRoving() ?? grid.current)?.focus();
          }}
        >
          {t('calendar.keys.skip')}
        </a>
        <PostSearch inputRef={search} />
        <div className="calendar-actions">
          <button type="button" className="primary" onClick={() => openNew(newPostDefault(timeZone, new Date()))}>
            {t('calendar.newPost')}
          </button>
          <button type="button" onClick={() => openNew({ status: 'idea' })}>
            {t('calendar.newIdea')}
          </button>
          <button type="button" aria-label={t('calendar.keys.open')} title={t('calendar.keys.open')} onClick={() => setHelp(true)}>
            ?
          </button>
        </div>
      </header>
      <CalendarFilters />
      {error instanceof Error && !('code' in error) ? (
        <div role="alert" className="banner banner-error">
          <span>{error.message}</span>
          <button type="button" className="link-button" onClick={() => setError(null)}>
            {t('app.dismiss')}
          </button>
        </div>
      ) : (
        <ErrorBanner error={error} onDismiss={() => setError(null)} />
      )}
      <p role="status" className={moving ? 'banner key-move' : 'visually-hidden'}>
        {moveNote}
      </p>
      <div className="calendar-layout">
        <div id="calendar-grid" ref={grid} tabIndex={-1} className="calendar-main" aria-label={t('calendar.calendarLabel')} role="region" onKeyDown={onGridKey}>
          <FullCalendar
            ref={calendar}
            key={`${locale}-${timeZone}-${firstDay}`}
            plugins={PLUGINS}
            locales={LOCALES}
            locale={locale === 'es' ? 'es' : 'en-gb'}
            timeZone={timeZone}
            firstDay={firstDay}
            initialView="dayGridMonth"
            headerToolbar={HEADER_TOOLBAR}
            buttons={buttons}
            // The grid takes the window's height, not its items': a city office
            // plans dozens of posts a day, so a month cell shows what fits and a
            // "+N" link opens the rest, and a week's hour shows three side by side.
            height="100%"
            fixedWeekCount={false}
            // Each view draws its own share of a range (foldFor): a view change reads again.
            lazyFetching={false}
            views={VIEW_OPTIONS}
            eventTimeFormat={times}
            slotHeaderFormat={times}
            scrollTime={`${String(Math.max(hours.min, SCROLL_TO)).padStart(2, '0')}:00:00`}
            slotMinTime={`${String(hours.min).padStart(2, '0')}:00:00`}
            slotMaxTime={`${String(hours.max).padStart(2, '0')}:00:00`}
            moreLinkText={moreLinkText}
            moreLinkHint={moreLinkHint}
            showNonCurrentDates={false}
            eventDisplay="block"
            // Marks first, then the day's posts by time, then a busy day's "+N".
            eventOrder="sortKey,start,-duration,allDay,title"
            eventContent={eventContent}
            viewDidMount={viewDidMount}
            datesSet={datesSet}
            dayCellDidMount={dayCellDidMount}
            eventClass={eventClass}
            events={events}
            editable
            eventDurationEditable={false}
            eventDrop={eventDrop}
            eventDidMount={eventDidMount}
            eventClick={eventClick}
            dateClick={dateClick}
          />
        </div>
        <CalendarSide />
      </div>
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
      <DayList day={dayOpen ? dayOpen.split('@')[0]! : null} hour={dayOpen?.split('@')[1]} posts={dayOpen ? (folded.current.get(dayOpen)?.posts ?? []) : []} locale={locale} timeZone={timeZone} onClose={() => setDayOpen(null)} />
      <ManageLibrary />
      <LazyPostEditor />
    </section>
  );
}

/**
 * Items a month cell has room for, from the grid's height and the month's
 * weeks (the cells of a new month are not drawn yet when it is read), and the
 * height of an item already drawn.
 */
function roomFor(gridEl: HTMLElement | null, fromDay: string, toDay: string, firstDay: number): number {
  const days = Math.round((Date.parse(`${toDay}T12:00:00Z`) - Date.parse(`${fromDay}T12:00:00Z`)) / 86_400_000) + 1;
  const offset = (new Date(`${fromDay}T12:00:00Z`).getUTCDay() - firstDay + 7) % 7;
  const weeks = Math.ceil((offset + days) / 7);
  const height = gridEl?.clientHeight || window.innerHeight - 192;
  const item = gridEl?.querySelector<HTMLElement>('.post-event')?.offsetHeight;
  return roomIn((height - GRID_CHROME_PX) / weeks, item ? item + 2 : ITEM_PX);
}
/** The month's toolbar, weekday names and padding above its rows; and an item's height with its margin before one is drawn. */
const GRID_CHROME_PX = 92;
const ITEM_PX = 36;

type View = 'month' | 'week' | 'list';

/** A range's reads: under way, and what they answered once they have. */
interface Read {
  data: Promise<PageData>;
  now: PageData | null;
}

/** The argument FullCalendar passes to one of its handler options. */
type Arg<K extends keyof CalendarOptions> = Parameters<Extract<NonNullable<CalendarOptions[K]>, (...args: never[]) => unknown>>[0];

const PLUGINS = [classicTheme, dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];
const LOCALES = [esLocale];
const HEADER_TOOLBAR = { start: 'prev,next today', center: 'title', end: 'dayGridMonth,timeGridWeek,listMonth' };
const VIEW_OPTIONS = { dayGridMonth: { dayMaxEvents: true }, timeGridWeek: { eventMaxStack: 2, slotEventOverlap: false } };
const eventClass = (arg: Arg<'eventClass'>) => (arg.view.type.startsWith('timeGrid') && !arg.event.allDay ? 'in-time-grid' : '');
const eventDidMount = (arg: Arg<'eventDidMount'>) => {
  const post = arg.event.extendedProps.post as PostEvent | undefined;
  if (post) arg.el.dataset.postId = String(post.id);
};

/** Where a dragged post lands: its own time moved as far as its box moved (a whole-day post gets the box's time). */
function movedBy(scheduledAt: string | null, to: Date, from: Date | null, wasAllDay: boolean): string {
  if (!scheduledAt || !from || wasAllDay) return to.toISOString();
  return new Date(Date.parse(scheduledAt) + to.getTime() - from.getTime()).toISOString();
}

/** Whole-day items a week's day shows above its hours before a "+N" (a city plans dozens of ideas a day). */
const WEEK_ALL_DAY_ROOM = 3;
/** Timed posts an hour of a week's day draws side by side before they become one box that counts them (see groupHours). */
const WEEK_PER_HOUR = 2;

/**
 * What each view draws: the month what its cells have room for; the week
 * every timed post (an hour stacks three and counts the rest) and a few
 * whole-day ones a day; the list everything.
 */
function foldFor(view: View, posts: PostEvent[], marksPerDay: ReadonlyMap<string, number>, room: number, timeZone: string): { shown: PostEvent[]; folded: FoldedDay[]; busy: BusyHour[] } {
  if (view === 'month') return { ...foldDays(posts, marksPerDay, room, timeZone), busy: [] };
  if (view === 'list') return { shown: posts, folded: [], busy: [] };
  const wholeDay = foldDays(posts.filter((p) => !p.scheduledAt), marksPerDay, WEEK_ALL_DAY_ROOM, timeZone);
  const hours = groupHours(posts.filter((p) => p.scheduledAt), WEEK_PER_HOUR, timeZone);
  return { shown: [...wholeDay.shown, ...hours.shown], folded: wholeDay.folded, busy: hours.busy };
}

/** The hours a week shows when no post lies outside them, and where it opens. */
const DAY_HOURS = { min: 7, max: 22 };
const SCROLL_TO = 8;

/** "9:00" in Spanish, "09:00" in British English: an hour, never a bare count. */
const timeFormat = (locale: string) => ({ hour: locale === 'es' ? 'numeric' : '2-digit', minute: '2-digit', meridiem: false }) as const;

/** FullCalendar's view for each view shortcut. */
const VIEWS = { month: 'dayGridMonth', week: 'timeGridWeek', list: 'listMonth' } as const;

/** Days an arrow key moves the focus in the month grid. */
const DAY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/** Accounts a cadence mark names before counting the rest. */
const MARK_NAMES = 3;

/** Campaign colour when there is one; on hold and ideas stand out whatever the campaign. */
function postColors(p: PostEvent): Pick<EventInput, 'color' | 'contrastColor'> {
  if (p.status === 'on_hold') return { color: 'var(--warning-bg)', contrastColor: 'var(--warning)' };
  if (p.status === 'idea') return { color: 'var(--surface)', contrastColor: 'var(--text)' };
  if (p.campaignColor) return { color: p.campaignColor, contrastColor: readableOn(p.campaignColor) };
  return { color: 'var(--accent)', contrastColor: 'var(--accent-text)' };
}

/** Black or white text, whichever reads better on a campaign colour. */
function readableOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return lum > 0.179 ? '#000000' : '#ffffff';
}

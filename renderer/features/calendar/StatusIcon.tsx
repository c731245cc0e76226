import type { PostStatus } from '../../../shared/features/calendar/contract';

/** Line drawings on a 24×24 grid: each status has its own shape, so it reads without colour. */
const statusPaths: Record<PostStatus, string> = {
  idea: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.6 10.8c.6.5.6 1.2.6 2.2h6c0-1 0-1.7.6-2.2A6 6 0 0 0 12 3z',
  draft: 'M4 20h4L19.5 8.5a2.1 2.1 0 0 0-4-4L4 16zM13.5 6.5l4 4',
  in_review: 'M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  approved: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 12.5l2.7 2.7L16.2 9.5',
  published: 'M21.5 2.5 10.5 13.5M21.5 2.5l-7 19-4-8-8-4z',
  on_hold: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM10 8.5v7M14 8.5v7',
  cancelled: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9 9l6 6M15 9l-6 6',
};

/** The calendar's other marks: a special day, a week with no post, a week below target. */
export type MarkKind = 'special' | 'silent' | 'below';
const markPaths: Record<MarkKind, string> = {
  special: 'M12 3l2.7 5.6 6.1.8-4.5 4.3 1.1 6.1L12 16.9l-5.4 2.9 1.1-6.1-4.5-4.3 6.1-.8z',
  silent: 'M5 21V4M5 4h11l-2 4 2 4H5',
  below: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 3v9h9',
};

function Glyph({ d, className }: { d: string; className: string }) {
  return (
    <svg className={`icon ${className}`} viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export const StatusIcon = ({ status }: { status: PostStatus }) => <Glyph d={statusPaths[status]} className={`status-icon status-icon-${status}`} />;
export const MarkIcon = ({ kind }: { kind: MarkKind }) => <Glyph d={markPaths[kind]} className={`mark-icon mark-icon-${kind}`} />;

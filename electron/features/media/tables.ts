import type { Generated } from 'kysely';

/** Columns of migrations/0013_media.ts, camelCased. */
export interface MediaRow {
  id: Generated<number>;
  /** Hex SHA-256 of the file's bytes: its name on disk and what makes it unique. */
  sha256: string;
  name: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  durationMs: number | null;
  /** JSON array of tags. */
  tags: Generated<string>;
  /** 1 when the original carries EXIF GPS data (copies in a publishing pack never do). */
  hasLocation: Generated<number>;
  alt: Generated<string>;
  version: Generated<number>;
  deletedAt: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
}

export interface PostMediaRow {
  postId: number;
  mediaId: number;
  position: number;
  alt: Generated<string>;
}

/** Columns of migrations/0016_media_parts.ts: a file on the team's server, in numbered parts (see server-files.ts). */
export interface MediaPartRow {
  sha256: string;
  kind: 'original' | 'thumb';
  part: number;
  data: Buffer;
  /** When it reached the server (ISO, UTC); null for parts stored before that was kept. */
  storedAt: string | null;
}

export interface MediaTables {
  media: MediaRow;
  postMedia: PostMediaRow;
  mediaParts: MediaPartRow;
}

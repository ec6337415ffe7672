import { readFileSync, statSync } from 'node:fs';

/** A file's text, or why it has none (with the place to point at). */
export type Source = { text: string } | { problem: string; line: number; column: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8 text; too large, binary, non-UTF-8 and unreadable files become problems. */
export function readSource(abs: string, maxBytes: number): Source {
  let buf: Buffer;
  try {
    const size = statSync(abs).size;
    if (size > maxBytes) return tooLargeSource(size, maxBytes);
    buf = readFileSync(abs);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const hint = err.code === 'EACCES' || err.code === 'EPERM' ? '; check its permissions' : '; scan regular files only';
    return { problem: `cannot read the file (${err.code ?? err.message})${hint}`, line: 1, column: 1 };
  }
  return decodeSource(buf, maxBytes);
}

/** A file's bytes (from disk or the git index) as UTF-8 text, or why they are not text tollgate can check. */
export function decodeSource(buf: Buffer, maxBytes: number): Source {
  if (buf.length > maxBytes) return tooLargeSource(buf.length, maxBytes);
  const nul = buf.indexOf(0);
  if (nul >= 0) return { problem: 'binary content (a NUL byte) in a file expected to be text; exclude it in .tollgate.yaml', ...positionOf(buf, nul) };
  try {
    return { text: utf8.decode(buf) };
  } catch {
    return { problem: 'the file is not valid UTF-8 text; save it as UTF-8', line: 1, column: 1 };
  }
}

/** The problem of a file over the size limit, which is reported instead of read. */
export function tooLargeSource(size: number, maxBytes: number): Source {
  return { problem: `file is ${mib(size)}, over the ${mib(maxBytes)} limit, so it was not scanned; split it or raise maxFileBytes in .tollgate.yaml`, line: 1, column: 1 };
}

function positionOf(buf: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = buf.indexOf(10); i >= 0 && i < offset; i = buf.indexOf(10, i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

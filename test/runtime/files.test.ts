import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFsError, openFileSource, readFilePrefix, writeFileAtomic } from '../../src/runtime/files.js';

const tmp = mkdtempSync(join(tmpdir(), 'pitc-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const leftovers = (dir: string): string[] => readdirSync(dir).filter((f) => f.includes('.pitc-tmp-'));
const posix = process.platform !== 'win32';

describe('writeFileAtomic', () => {
  it('creates a file with the permissions writeFileSync would give it, and leaves nothing else', () => {
    const dir = join(tmp, 'new');
    mkdirSync(dir);
    writeFileAtomic(join(dir, 'a.json'), '{"a": 1}\n');
    writeFileSync(join(dir, 'plain.json'), 'x');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"a": 1}\n');
    expect(statSync(join(dir, 'a.json')).mode).toBe(statSync(join(dir, 'plain.json')).mode);
    expect(leftovers(dir)).toEqual([]);
  });

  it.skipIf(!posix)('replaces a file whole, keeping its permission bits', () => {
    const dir = join(tmp, 'replace');
    mkdirSync(dir);
    for (const mode of [0o600, 0o640, 0o755]) {
      const path = join(dir, `m${mode.toString(8)}.bin`);
      writeFileSync(path, 'old contents, longer than the new ones');
      chmodSync(path, mode);
      writeFileAtomic(path, Uint8Array.from([1, 2, 3]));
      expect([...readFileSync(path)]).toEqual([1, 2, 3]);
      expect(statSync(path).mode & 0o777).toBe(mode);
    }
    expect(leftovers(dir)).toEqual([]);
  });

  it.skipIf(!posix)('follows a symbolic link: the file it names is replaced, the link stays', () => {
    const dir = join(tmp, 'link');
    mkdirSync(dir);
    writeFileSync(join(dir, 'real.txt'), 'old');
    symlinkSync('real.txt', join(dir, 'link.txt'));
    writeFileAtomic(join(dir, 'link.txt'), 'new');
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('new');
    expect(leftovers(dir)).toEqual([]);
  });

  it.skipIf(!existsSync('/dev/null'))('writes a device directly (it cannot be replaced)', () => {
    expect(() => writeFileAtomic('/dev/null', 'discarded')).not.toThrow();
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('fails on a directory or a missing folder with the OS error, leaving no temporary file', () => {
    const dir = join(tmp, 'fail');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    let error: unknown;
    try {
      writeFileAtomic(join(dir, 'sub'), 'x');
    } catch (e) {
      error = e;
    }
    expect(describeFsError(error)).toBe('it is a directory');
    expect(() => writeFileAtomic(join(dir, 'missing', 'x.npy'), 'x')).toThrow(/ENOENT/);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('bounded reads', () => {
  it('readFilePrefix reads at most the limit, and says whether that was all', () => {
    const path = join(tmp, 'ten.txt');
    writeFileSync(path, '0123456789');
    const all = readFilePrefix(path, 100);
    expect(all.complete).toBe(true);
    expect(Buffer.from(all.bytes).toString()).toBe('0123456789');
    expect(readFilePrefix(path, 10).complete).toBe(true);
    const cut = readFilePrefix(path, 9);
    expect(cut.complete).toBe(false);
    expect(Buffer.from(cut.bytes).toString()).toBe('012345678');
  });

  it.skipIf(!existsSync('/dev/zero'))('a device that never ends is read up to the limit and no further', () => {
    const r = readFilePrefix('/dev/zero', 3 * 2 ** 20);
    expect(r.complete).toBe(false);
    expect(r.bytes.length).toBe(3 * 2 ** 20);
    const source = openFileSource('/dev/zero');
    try {
      expect(source.remaining()).toBeUndefined(); // a device says nothing about its size
      expect(source.read(5)).toEqual(new Uint8Array(5));
    } finally {
      source.close();
    }
  });

  it('a regular file knows its size; a directory is an error in words', () => {
    const path = join(tmp, 'sized.bin');
    writeFileSync(path, new Uint8Array(100));
    const source = openFileSource(path);
    try {
      expect(source.remaining()).toBe(100);
      source.read(30);
      expect(source.remaining()).toBe(70);
      expect(source.read(1000).length).toBe(70);
      expect(source.remaining()).toBe(0);
    } finally {
      source.close();
    }
    let error: unknown;
    try {
      openFileSource(tmp);
    } catch (e) {
      error = e;
    }
    expect(describeFsError(error)).toBe('it is a directory');
  });

  it('OS errors are said in words', () => {
    expect(describeFsError(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe('no space left on the device');
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EFBIG' }))).toBe('the file would be larger than this process may write');
    expect(describeFsError(new Error('EWEIRD: something odd, open /x'))).toBe('something odd');
  });
});

/**
 * A reader of compound files (OLE2, [MS-CFB]: what .xls, WPS .et, .doc and encrypted Office
 * files are), just enough to list the entries at the top and take one stream out. Every
 * sector chain is followed with a mark per sector, so a loop, two chains sharing sectors or a
 * chain leaving the file is refused as damaged after at most one visit per sector: time and
 * memory stay within the file's own size, whatever its tables say. (The reader that parses
 * the workbook gets the stream, never the container: its own container code has no such guard.)
 */
import { corrupt } from "../errors";

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;
/** Directory entries: a workbook has a handful; a crafted table gets an answer, not a long walk. */
const MAX_ENTRIES = 1 << 16;

export interface CfbEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  start: number;
  size: number;
}

export function isCfb(b: Uint8Array): boolean {
  return b.length >= 8 && CFB_SIGNATURE.every((x, i) => b[i] === x);
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

/** Why the container is unreadable; the detail stays for --debug and the English message. */
const damaged = (detail: string) => corrupt({ kind: "cfb", detail });

export class Cfb {
  /** Sector size: 512 (version 3) or 4096 (version 4). */
  private readonly size: number;
  private readonly sectors: number;
  private readonly fat: Uint32Array;
  /** Sectors already taken by a chain: a second visit means a loop or shared sectors. */
  private readonly used: Uint8Array;
  private miniFat: Uint32Array | null = null;
  private miniStream: Uint8Array | null = null;
  private miniUsed: Uint8Array | null = null;
  readonly entries: CfbEntry[];
  /** The directory's raw bytes: its entries' tree links are read from here. */
  private readonly dir: Uint8Array;
  /** The header's class id is all zeros in files Excel and LibreOffice write; WPS writes Excel's there. */
  readonly headerClsid: boolean;

  constructor(private readonly b: Uint8Array) {
    if (b.length < 512 || !isCfb(b)) throw damaged("no compound file header");
    const major = u16(b, 26);
    const shift = u16(b, 30);
    if (!((major === 3 && shift === 9) || (major === 4 && shift === 12)) || u16(b, 32) !== 6) throw damaged(`version ${major}, sector shift ${shift}`);
    this.size = 1 << shift;
    this.sectors = Math.floor((b.length - this.size) / this.size);
    this.headerClsid = b.subarray(8, 24).some((x) => x !== 0);
    this.used = new Uint8Array(this.sectors);
    this.fat = this.readFat();
    this.dir = this.chain(u32(b, 48), null, "directory");
    this.entries = this.readDirectory();
  }

  private sector(n: number): Uint8Array {
    const at = (n + 1) * this.size;
    return this.b.subarray(at, at + this.size);
  }

  /** The FAT sectors: 109 named in the header, the rest in the DIFAT chain. */
  private readFat(): Uint32Array {
    const count = u32(this.b, 44);
    if (count > this.sectors) throw damaged(`${count} FAT sectors in a file of ${this.sectors}`);
    const ids: number[] = [];
    for (let i = 0; i < Math.min(count, 109); i++) ids.push(u32(this.b, 76 + i * 4));
    const per = this.size / 4 - 1;
    let next = u32(this.b, 68);
    const seen = new Set<number>();
    while (ids.length < count) {
      if (next >= this.sectors || seen.has(next)) throw damaged(`DIFAT chain broken at sector ${next}`);
      seen.add(next);
      const s = this.sector(next);
      for (let i = 0; i < per && ids.length < count; i++) ids.push(u32(s, i * 4));
      next = u32(s, per * 4);
    }
    const fat = new Uint32Array(count * (this.size / 4));
    ids.forEach((id, k) => {
      if (id >= this.sectors) throw damaged(`FAT sector ${id} outside the file`);
      const s = this.sector(id);
      for (let i = 0; i < this.size / 4; i++) fat[k * (this.size / 4) + i] = u32(s, i * 4);
    });
    return fat;
  }

  /**
   * A chain's bytes: `bytes` of them, or up to its end when `bytes` is null. Refuses a chain
   * that loops, meets another chain, leaves the file, or ends before `bytes`.
   */
  private chain(start: number, bytes: number | null, what: string): Uint8Array {
    const want = bytes === null ? Infinity : Math.ceil(bytes / this.size);
    const parts: number[] = [];
    for (let s = start; parts.length < want && s !== END_OF_CHAIN; s = this.fat[s]) {
      if (s >= this.sectors || s >= this.fat.length) throw damaged(`${what}: sector ${s} outside the file`);
      if (this.used[s]) throw damaged(`${what}: the FAT chain meets sector ${s} twice`);
      this.used[s] = 1;
      parts.push(s);
    }
    if (bytes !== null && parts.length < want) throw damaged(`${what}: chain ends after ${parts.length} of ${want} sectors`);
    const out = new Uint8Array(bytes ?? parts.length * this.size);
    parts.forEach((s, i) => out.set(this.sector(s).subarray(0, Math.min(this.size, out.length - i * this.size)), i * this.size));
    return out;
  }

  private readDirectory(): CfbEntry[] {
    const dir = this.dir;
    const n = Math.min(dir.length / 128, MAX_ENTRIES);
    const entries: CfbEntry[] = [];
    for (let i = 0; i < n; i++) {
      const e = dir.subarray(i * 128, i * 128 + 128);
      const len = Math.min(u16(e, 64), 64);
      let name = "";
      for (let k = 0; k < len - 2; k += 2) name += String.fromCharCode(u16(e, k));
      // Version 3 files may leave garbage in the size's high half.
      const size = u32(e, 120) + (this.size === 4096 ? u32(e, 124) * 0x100000000 : 0);
      entries.push({ name, type: e[66], start: u32(e, 116), size });
    }
    if (!entries.length || entries[0].type !== 5) throw damaged("no root entry");
    return entries;
  }

  /** The entries directly under the root, found through the directory's tree, each once. */
  top(): CfbEntry[] {
    const out: CfbEntry[] = [];
    const seen = new Set<number>();
    const link = (i: number, o: number) => u32(this.dir, i * 128 + o);
    const stack = [link(0, 76)];
    while (stack.length) {
      const i = stack.pop()!;
      if (i === NO_STREAM || i >= this.entries.length) continue;
      if (seen.has(i)) throw damaged(`directory entry ${i} is reached twice`);
      seen.add(i);
      out.push(this.entries[i]);
      stack.push(link(i, 68), link(i, 72));
    }
    return out;
  }

  /** A stream under the root by name (case-insensitive, as Excel finds it), or null. */
  find(name: string): CfbEntry | null {
    const want = name.toLowerCase();
    return this.top().find((e) => e.type === 2 && e.name.toLowerCase() === want) ?? null;
  }

  /** A stream's bytes. A stream is never larger than the file that holds it. */
  read(e: CfbEntry): Uint8Array {
    if (e.size > this.b.length) throw damaged(`stream ${e.name} claims ${e.size} bytes`);
    if (e.size === 0) return new Uint8Array(0);
    if (e.size >= MINI_CUTOFF) return this.chain(e.start, e.size, e.name);
    return this.readMini(e);
  }

  private readMini(e: CfbEntry): Uint8Array {
    if (!this.miniStream) {
      const root = this.entries[0];
      if (root.size > this.b.length) throw damaged(`mini stream claims ${root.size} bytes`);
      this.miniStream = root.start === END_OF_CHAIN || root.start === FREE ? new Uint8Array(0) : this.chain(root.start, root.size, "mini stream");
      const count = u32(this.b, 64);
      if (count > this.sectors) throw damaged(`${count} mini FAT sectors`);
      const table = count ? this.chain(u32(this.b, 60), count * this.size, "mini FAT") : new Uint8Array(0);
      this.miniFat = new Uint32Array(table.length / 4);
      for (let i = 0; i < this.miniFat.length; i++) this.miniFat[i] = u32(table, i * 4);
      this.miniUsed = new Uint8Array(Math.ceil(this.miniStream.length / MINI_SECTOR));
    }
    const fat = this.miniFat!;
    const used = this.miniUsed!;
    const out = new Uint8Array(e.size);
    let got = 0;
    for (let s = e.start; got < e.size; s = fat[s]) {
      if (s === END_OF_CHAIN || s >= used.length || s >= fat.length) throw damaged(`${e.name}: mini chain ends early or leaves the mini stream`);
      if (used[s]) throw damaged(`${e.name}: the mini FAT chain meets sector ${s} twice`);
      used[s] = 1;
      const piece = this.miniStream!.subarray(s * MINI_SECTOR, s * MINI_SECTOR + Math.min(MINI_SECTOR, e.size - got));
      out.set(piece, got);
      got += MINI_SECTOR;
    }
    return out;
  }
}

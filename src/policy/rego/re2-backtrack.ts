/**
 * A linear-time matcher for RE2 syntax trees, used for patterns that JavaScript's backtracking
 * engine could take exponential time on (see needsLinearEngine). It is a bounded backtracker
 * like RE2's BitState: a compiled program explored depth-first in priority order (so the first
 * match found is the leftmost-first one, with Go's captures), never visiting the same
 * (instruction, position) twice, which bounds the work by program size × text length.
 */
import { normalizeRanges, WORD, type AssertKind, type Range, type Re2Node, type Re2Pattern } from './re2-syntax.js';

type Inst =
  | { op: 'char'; test: (cp: number) => boolean }
  | { op: 'split'; x: number; y: number }
  | { op: 'jmp'; x: number }
  | { op: 'save'; slot: number }
  | { op: 'assert'; kind: AssertKind }
  | { op: 'match' };

export interface BacktrackMatch {
  index: number;
  end: number;
  /** Group texts, index 0 the whole match; undefined for a group that took no part. */
  groups: (string | undefined)[];
}

function inRanges(ranges: Range[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

function classTest(n: Extract<Re2Node, { t: 'class' }>): (cp: number) => boolean {
  const ranges = normalizeRanges(n.ranges.map((r) => [r[0], r[1]] as Range));
  const props = n.props.length ? new RegExp(`^[${n.props.join('')}]$`, 'u') : undefined;
  const member = (cp: number) => inRanges(ranges, cp) || (props !== undefined && props.test(String.fromCodePoint(cp)));
  return n.negated ? (cp) => !member(cp) : member;
}

class Compiler {
  readonly prog: Inst[] = [];

  private emit(inst: Inst): number {
    this.prog.push(inst);
    return this.prog.length - 1;
  }

  compile(n: Re2Node): void {
    switch (n.t) {
      case 'empty':
        return;
      case 'class':
        this.emit({ op: 'char', test: classTest(n) });
        return;
      case 'assert':
        this.emit({ op: 'assert', kind: n.kind });
        return;
      case 'group':
        this.emit({ op: 'save', slot: 2 * n.index });
        this.compile(n.child);
        this.emit({ op: 'save', slot: 2 * n.index + 1 });
        return;
      case 'concat':
        for (const item of n.items) this.compile(item);
        return;
      case 'alt': {
        const jumps: number[] = [];
        n.items.forEach((item, i) => {
          if (i < n.items.length - 1) {
            const split = this.emit({ op: 'split', x: 0, y: 0 });
            (this.prog[split] as { x: number }).x = this.prog.length;
            this.compile(item);
            jumps.push(this.emit({ op: 'jmp', x: 0 }));
            (this.prog[split] as { y: number }).y = this.prog.length;
          } else this.compile(item);
        });
        for (const j of jumps) (this.prog[j] as { x: number }).x = this.prog.length;
        return;
      }
      case 'repeat': {
        for (let i = 0; i < n.min; i++) this.compile(n.child);
        if (n.max === Infinity) {
          const loop = this.emit({ op: 'split', x: 0, y: 0 });
          const body = this.prog.length;
          this.compile(n.child);
          this.emit({ op: 'jmp', x: loop });
          this.setSplit(loop, body, this.prog.length, n.greedy);
          return;
        }
        const splits: number[] = [];
        for (let i = n.min; i < n.max; i++) {
          const split = this.emit({ op: 'split', x: 0, y: 0 });
          splits.push(split);
          const body = this.prog.length;
          this.compile(n.child);
          this.setSplit(split, body, -1, n.greedy);
        }
        for (const s of splits) this.patchExit(s, this.prog.length);
        return;
      }
    }
  }

  /** A split that prefers `body` (greedy) or the exit (lazy). */
  private setSplit(split: number, body: number, exit: number, greedy: boolean): void {
    const inst = this.prog[split] as { op: 'split'; x: number; y: number };
    if (greedy) {
      inst.x = body;
      inst.y = exit;
    } else {
      inst.x = exit;
      inst.y = body;
    }
  }

  private patchExit(split: number, exit: number): void {
    const inst = this.prog[split] as { op: 'split'; x: number; y: number };
    if (inst.y === -1) inst.y = exit;
    else inst.x = exit;
  }
}

function isWordAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  return inRanges(WORD, s.charCodeAt(i));
}

function assertHolds(kind: AssertKind, s: string, pos: number): boolean {
  switch (kind) {
    case 'bot':
      return pos === 0;
    case 'eot':
      return pos === s.length;
    case 'bol':
      return pos === 0 || s.charCodeAt(pos - 1) === 10;
    case 'eol':
      return pos === s.length || s.charCodeAt(pos) === 10;
    case 'wordb':
      return isWordAt(s, pos - 1) !== isWordAt(s, pos);
    case 'nonwordb':
      return isWordAt(s, pos - 1) === isWordAt(s, pos);
  }
}

/** A compiled pattern for the bounded backtracker. */
export class BacktrackMatcher {
  private readonly prog: Inst[];
  private readonly slots: number;

  constructor(pattern: Re2Pattern) {
    const c = new Compiler();
    c.compile({ t: 'group', index: 0, child: pattern.root });
    c.prog.push({ op: 'match' });
    this.prog = c.prog;
    this.slots = 2 * (pattern.groupCount + 1);
  }

  /** The leftmost-first match starting at or after `from` (a UTF-16 offset). */
  exec(s: string, from: number): BacktrackMatch | null {
    const width = s.length + 1;
    const visited = new Uint32Array(Math.ceil((this.prog.length * width) / 32));
    for (let start = from; start <= s.length; ) {
      const caps = this.run(s, start, visited, width);
      if (caps) {
        const groups: (string | undefined)[] = [];
        for (let g = 0; g < this.slots / 2; g++) {
          const a = caps[2 * g]!;
          const b = caps[2 * g + 1]!;
          groups.push(a >= 0 && b >= 0 ? s.slice(a, b) : undefined);
        }
        return { index: caps[0]!, end: caps[1]!, groups };
      }
      const c = s.charCodeAt(start);
      start += c >= 0xd800 && c <= 0xdbff && start + 1 < s.length ? 2 : 1;
    }
    return null;
  }

  private run(s: string, start: number, visited: Uint32Array, width: number): number[] | null {
    const caps = new Array<number>(this.slots).fill(-1);
    // Jobs: [pc, pos] to explore, or [-1 - slot, old value] to restore a capture on backtrack.
    const stack: number[] = [0, start];
    while (stack.length) {
      const b = stack.pop()!;
      const a = stack.pop()!;
      if (a < 0) {
        caps[-1 - a] = b;
        continue;
      }
      let pc = a;
      let pos = b;
      for (;;) {
        const bit = pc * width + pos;
        if (visited[bit >>> 5]! & (1 << (bit & 31))) break;
        visited[bit >>> 5]! |= 1 << (bit & 31);
        const inst = this.prog[pc]!;
        if (inst.op === 'char') {
          if (pos >= s.length) break;
          const cp = s.codePointAt(pos)!;
          if (!inst.test(cp)) break;
          pos += cp > 0xffff ? 2 : 1;
          pc++;
        } else if (inst.op === 'split') {
          stack.push(inst.y, pos);
          pc = inst.x;
        } else if (inst.op === 'jmp') {
          pc = inst.x;
        } else if (inst.op === 'save') {
          stack.push(-1 - inst.slot, caps[inst.slot]!);
          caps[inst.slot] = pos;
          pc++;
        } else if (inst.op === 'assert') {
          if (!assertHolds(inst.kind, s, pos)) break;
          pc++;
        } else {
          return caps;
        }
      }
    }
    return null;
  }
}

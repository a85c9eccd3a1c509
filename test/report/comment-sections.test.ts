import { describe, expect, it } from 'vitest';
import {
  type CommentSection,
  DEFAULT_COMMENT_BUDGET,
  commentMarker,
  mergeCommentSections,
  parseCommentBody,
} from '../../src/report/comment-sections.js';

const key = { changelog: 'db/changelog.yaml', environment: 'staging' };

const policy: CommentSection = {
  id: 'policy-check',
  title: 'Policy check',
  status: 'fail',
  summary: '1 error',
  body: '| Rule |\n|---|\n| `DB001` |',
  url: 'https://github.com/acme/shop/actions/runs/1',
};
const apply: CommentSection = { id: 'apply', title: 'Apply', status: 'pass', summary: '2 executed', body: 'Applied.' };

describe('commentMarker', () => {
  it('names the changelog and the environment', () => {
    expect(commentMarker(key)).toBe('<!-- dbops:comment changelog=db/changelog.yaml env=staging -->');
    expect(commentMarker({ changelog: 'db/changelog.yaml' })).toBe('<!-- dbops:comment changelog=db/changelog.yaml -->');
  });

  it('encodes what would break the comment or the attribute', () => {
    const marker = commentMarker({ changelog: 'db/my changes--v2.yaml', environment: 'a"b>c' });
    expect(marker).toBe('<!-- dbops:comment changelog=db/my%20changes%2D-v2.yaml env=a%22b%3Ec -->');
    expect(parseCommentBody(marker).key).toEqual({ changelog: 'db/my changes--v2.yaml', environment: 'a"b>c' });
  });
});

describe('mergeCommentSections', () => {
  it('creates a comment with the marker, a headline and the section', () => {
    const body = mergeCommentSections(undefined, policy, { key });
    expect(body).toMatchInlineSnapshot(`
      "<!-- dbops:comment changelog=db/changelog.yaml env=staging -->

      <!-- dbops:headline -->

      ### dbops · \`db/changelog.yaml\` → staging

      **❌ 1 failed**

      |  | Check | Result |
      |---|---|---|
      | ❌ | Policy check | 1 error |

      <!-- dbops:end headline -->

      <!-- dbops:section policy-check status=fail title=Policy%20check summary=1%20error url=https://github.com/acme/shop/actions/runs/1 -->

      #### ❌ Policy check — 1 error

      | Rule |
      |---|
      | \`DB001\` |

      <!-- dbops:end policy-check -->
      "
    `);
  });

  it('keeps the other sections and recomputes the headline', () => {
    const first = mergeCommentSections(undefined, policy, { key });
    const second = mergeCommentSections(first, apply);
    expect(second).toContain('**❌ 1 failed · ✅ 1 passed**');
    expect(second).toContain('| `DB001` |');
    expect(second.indexOf('dbops:section policy-check')).toBeLessThan(second.indexOf('dbops:section apply'));
    const fixed = mergeCommentSections(second, { ...policy, status: 'pass', summary: 'no findings', body: 'Clean.' });
    expect(fixed).toContain('**✅ 2 passed**');
    expect(fixed).not.toContain('DB001');
    expect(fixed).toContain('Applied.');
  });

  it('ignores text outside the markers and repairs a missing end marker', () => {
    const edited = mergeCommentSections(undefined, policy, { key }).replace('<!-- dbops:end policy-check -->', '') + '\nmanual note\n';
    const body = mergeCommentSections(edited, apply);
    const parsed = parseCommentBody(body);
    expect(parsed.key).toEqual(key);
    expect(parsed.sections.map((s) => [s.id, s.compact])).toEqual([
      ['policy-check', true],
      ['apply', false],
    ]);
    expect(body).not.toContain('manual note');
  });

  it('reads a body whose line endings GitHub turned into CRLF', () => {
    const body = mergeCommentSections(undefined, policy, { key }).replace(/\n/g, '\r\n');
    expect(mergeCommentSections(body, apply)).toBe(mergeCommentSections(mergeCommentSections(undefined, policy, { key }), apply));
  });

  it('neutralises marker-like lines inside a section body', () => {
    const sneaky: CommentSection = { ...apply, body: '```sql\n<!-- dbops:end apply -->\n<!-- dbops:section policy-check status=pass -->\n```' };
    const body = mergeCommentSections(mergeCommentSections(undefined, policy, { key }), sneaky);
    const parsed = parseCommentBody(body);
    expect(parsed.sections.map((s) => s.id)).toEqual(['policy-check', 'apply']);
    expect(parsed.sections[0]!.content).toContain('DB001');
    expect(body.match(/^<!-- dbops:end apply -->$/gm)).toHaveLength(1);
  });

  it('rejects ids that could not round-trip', () => {
    expect(() => mergeCommentSections(undefined, { ...apply, id: 'Apply' })).toThrow(/Invalid comment section id/);
    expect(() => mergeCommentSections(undefined, { ...apply, id: 'a--b' })).toThrow();
    expect(() => mergeCommentSections(undefined, { ...apply, id: 'headline' })).toThrow();
  });

  it('shrinks the biggest sections to a summary with a link when over the limit, and says so', () => {
    const huge: CommentSection = { ...apply, body: 'x'.repeat(70_000), url: 'https://github.com/acme/shop/actions/runs/2' };
    const body = mergeCommentSections(mergeCommentSections(undefined, policy, { key }), huge);
    expect(body.length).toBeLessThanOrEqual(DEFAULT_COMMENT_BUDGET);
    expect(body).toContain('| `DB001` |'); // the small section stays whole
    expect(body).toContain("This comment is shortened to stay under GitHub's 65,536-character limit");
    expect(body).toContain('[job summary](https://github.com/acme/shop/actions/runs/2)');
    expect(body).toContain('#### ✅ Apply — 2 executed');
    expect(parseCommentBody(body).sections.find((s) => s.id === 'apply')?.compact).toBe(true);
    // Once the section is small again, it is shown in full and the note goes away.
    const again = mergeCommentSections(body, apply);
    expect(again).toContain('Applied.');
    expect(again).not.toContain('shortened');
  });
});

/** A small seeded generator: the property tests are reproducible without a library. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick, int: (max: number) => Math.floor(next() * max) };
}

const IDS = ['apply', 'policy-check', 'rollback-verify', 'diff', 'snapshot', 'ai-author', 'custom-x', 'drift'];
const FRAGMENTS = [
  'plain text',
  '```sql\nSELECT `a` FROM t; -- ``` inside\n```',
  '<!-- dbops:end apply -->',
  '<!-- dbops:section apply status=pass -->',
  '  <!-- dbops:headline -->',
  '<!-- dbops:comment changelog=other.yaml -->',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'line\r\nwith CRLF',
  '<details>\n\n<summary>x</summary>\n\nhidden\n\n</details>',
  'ünïcødé ✅ -- -> --> "quotes"',
  '',
  '   ',
];

function randomSection(r: ReturnType<typeof random>): CommentSection {
  const parts = Array.from({ length: r.int(5) }, () => r.pick(FRAGMENTS));
  const section: CommentSection = {
    id: r.pick(IDS),
    title: r.pick(['Apply', 'Policy check', 'Roll-back -- "verify"', 'ünï <b>']),
    status: r.pick(['pass', 'fail', 'warn', 'info'] as const),
    summary: r.pick(['', '1 error', '3 applied, 1 failed', 'a--b -->', '%41 encoded?']),
    body: parts.join('\n'),
  };
  if (r.next() < 0.5) section.url = r.pick(['https://github.com/o/r-x/actions/runs/1', 'https://ghe.test/o/r/actions/runs/2?a=b&c=--']);
  if (r.next() < 0.1) section.body = 'y'.repeat(5000 + r.int(20_000));
  return section;
}

function alone(section: CommentSection): string {
  return parseCommentBody(mergeCommentSections(undefined, section, { key, maxLength: 1_000_000 })).sections[0]!.content;
}

describe('mergeCommentSections properties', () => {
  const runs = 300;

  it('keeps every section merged so far, each once and in its latest version, markers never duplicated', () => {
    for (let seed = 1; seed <= runs; seed++) {
      const r = random(seed);
      let body: string | undefined;
      const latest = new Map<string, CommentSection>();
      for (let step = 0; step < 1 + r.int(8); step++) {
        const section = randomSection(r);
        body = mergeCommentSections(body, section, { key, maxLength: 1_000_000 });
        latest.set(section.id, section);
      }
      const parsed = parseCommentBody(body);
      expect(parsed.key, `seed ${seed}`).toEqual(key);
      expect(parsed.sections.map((s) => s.id).sort(), `seed ${seed}`).toEqual([...latest.keys()].sort());
      for (const s of parsed.sections) {
        const want = latest.get(s.id)!;
        expect(s.content, `seed ${seed} ${s.id}`).toBe(alone(want));
        expect([s.status, s.url], `seed ${seed}`).toEqual([want.status, want.url]);
        expect(s.title, `seed ${seed}`).toBe(want.title.replace(/\s+/g, ' ').trim());
      }
      const markerLines = body!.split('\n').filter((l) => /^<!-- dbops:/.test(l.trim()));
      expect(new Set(markerLines).size, `seed ${seed}`).toBe(markerLines.length);
      expect(markerLines.filter((l) => l.startsWith('<!-- dbops:comment'))).toHaveLength(1);
      expect(markerLines.filter((l) => l === '<!-- dbops:headline -->')).toHaveLength(1);
    }
  });

  it('is idempotent', () => {
    for (let seed = 1; seed <= runs; seed++) {
      const r = random(seed);
      let body: string | undefined;
      for (let step = 0; step < r.int(5); step++) body = mergeCommentSections(body, randomSection(r), { key });
      const section = randomSection(r);
      const once = mergeCommentSections(body, section, { key });
      expect(mergeCommentSections(once, section, { key }), `seed ${seed}`).toBe(once);
      expect(mergeCommentSections(once, section), `seed ${seed}`).toBe(once); // key taken from the body
    }
  });

  it('gives the same comment whichever of two jobs finishes first', () => {
    for (let seed = 1; seed <= runs; seed++) {
      const r = random(seed);
      const base = mergeCommentSections(undefined, randomSection(r), { key, maxLength: 1_000_000 });
      const a = randomSection(r);
      const b = randomSection(r);
      if (a.id === b.id) continue;
      const ab = mergeCommentSections(mergeCommentSections(base, a, { maxLength: 1_000_000 }), b, { maxLength: 1_000_000 });
      const ba = mergeCommentSections(mergeCommentSections(base, b, { maxLength: 1_000_000 }), a, { maxLength: 1_000_000 });
      expect(ab, `seed ${seed}`).toBe(ba);
    }
  });

  it('never exceeds the size budget', () => {
    for (let seed = 1; seed <= runs; seed++) {
      const r = random(seed);
      const maxLength = 800 + r.int(30_000);
      let body: string | undefined;
      for (let step = 0; step < 1 + r.int(8); step++) {
        body = mergeCommentSections(body, randomSection(r), { key, maxLength });
        expect(body.length, `seed ${seed}`).toBeLessThanOrEqual(maxLength);
      }
    }
  });
});

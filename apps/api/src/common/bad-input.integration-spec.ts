import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { startTestApi, type TestApi } from '../../test/test-api.js';

/** How many malformed requests per route; `npm run test:faults` raises it. */
const RUNS = Number(process.env.KHUNG_FUZZ_RUNS ?? 40);

const oddText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', '\u202eabc', 'Cải cách'.normalize('NFD'), '𝓚𝓱𝓾𝓷𝓰 🚀', ' '.repeat(300), 'x'.repeat(6000), '<script>alert(1)</script>', "' OR 1=1 --", '%_\\'),
);
const oddValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    oddText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('2026-02-30', '31/03/2026', '00000000-0000-4000-8000-000000000000', 'done', 'admin', -1, 1e309),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('text', 'status', 'year', 'sections', 'planId', 'role', 'version', 'deadlineText', 'completedOn', 'name', 'leadUnitIds', 'body', 'percent', 'document'), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/**
 * Malformed JSON, wrong types, oversize bodies and odd Unicode against every write route: the
 * API answers 4xx (never 500), and a refused request leaves every table as it was.
 */
describe('bad input at volume', () => {
  let api: TestApi;
  let routes: [string, string][];
  const fingerprint = async () =>
    (
      await api.sql(`SELECT
        (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY id), '')) FROM task t) AS tasks,
        (SELECT count(*) FROM plan) || '/' || (SELECT count(*) FROM plan_section) || '/' || (SELECT count(*) FROM objective) || '/' ||
        (SELECT count(*) FROM unit) || '/' || (SELECT count(*) FROM app_user) || '/' || (SELECT count(*) FROM task_unit) || '/' ||
        (SELECT count(*) FROM progress_entry) || '/' || (SELECT count(*) FROM task_comment) || '/' || (SELECT count(*) FROM audit_entry) AS counts`)
    )[0];

  beforeAll(async () => {
    api = await startTestApi({ seed: 'plan' });
    const planId = (await api.get('/api/plans')).body[0].id;
    const tree = (await api.get(`/api/plans/${planId}`)).body;
    const section = tree.sections[0];
    const task = section.objectives[0].tasks[0];
    const unit = task.leadUnits[0].id;
    const [user] = await api.sql(`SELECT id FROM app_user WHERE username = 'xem'`);
    routes = [
      ['POST', '/api/plans/import?dryRun=false'],
      ['POST', '/api/plans'],
      ['PATCH', `/api/plans/${planId}`],
      ['POST', `/api/plans/${planId}/sections`],
      ['PATCH', `/api/sections/${section.id}`],
      ['POST', `/api/sections/${section.id}/objectives`],
      ['PATCH', `/api/objectives/${section.objectives[0].id}`],
      ['POST', '/api/tasks'],
      ['PATCH', `/api/tasks/${task.id}`],
      ['POST', `/api/tasks/${task.id}/progress`],
      ['PATCH', `/api/tasks/${task.id}/activities/0`],
      ['POST', `/api/tasks/${task.id}/comments`],
      ['POST', '/api/units'],
      ['PATCH', `/api/units/${unit}`],
      ['POST', '/api/users'],
      ['PATCH', `/api/users/${user.id}`],
      ['PATCH', '/api/me'],
      ['POST', '/api/auth/password'],
    ];
  });
  afterAll(() => api.close());

  it('never answers 500 nor half-writes, whatever the body', async () => {
    const statuses = new Map<number, number>();
    for (const [method, path] of routes) {
      await fc.assert(
        fc.asyncProperty(fc.oneof(oddValue.map((v) => JSON.stringify(v) ?? 'null'), fc.string(), fc.constantFrom('{', '{"a":', '[1,2', '\u0000', '{"text": "\\ud800"}')), async (body) => {
          const before = await fingerprint();
          const reply = await api.request(method, path, body, api.token);
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          expect(reply.status).toBeLessThan(500);
          if (reply.status >= 400) expect(await fingerprint()).toEqual(before);
        }),
        { numRuns: RUNS },
      );
    }
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    expect(statuses.get(400)).toBeGreaterThan(0);
  });

  it('refuses an oversize body with 413 and writes nothing', async () => {
    const before = await fingerprint();
    const reply = await api.request('POST', '/api/units', JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }), api.token);
    expect(reply.status).toBe(413);
    expect(await fingerprint()).toEqual(before);
  });
});

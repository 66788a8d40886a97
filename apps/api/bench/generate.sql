-- Synthetic agencies for the benchmark, modelled on the demo agency's 2026 plan: each agency has
-- 8 units and a group, a coordinator and a member, and one issued plan of :per_plan tasks whose
-- texts and deadlines cycle through the 45 real ones, a third done, with progress history.
-- Agencies are numbered from `first` (bench-coord-<n>), so calls can add agencies of other sizes.
CREATE OR REPLACE FUNCTION pg_temp.bench_generate(n_agencies int, per_plan int, first int DEFAULT 1) RETURNS void AS $$
DECLARE
  a uuid; p uuid; grp uuid; pw text; units uuid[]; secs uuid[]; objs uuid[]; member uuid;
BEGIN
  SELECT password_hash INTO pw FROM app_user WHERE username = 'vanphong';
  CREATE TEMP TABLE IF NOT EXISTS tpl AS
    SELECT row_number() OVER (ORDER BY position) - 1 AS k, text, search_text, activities, output, deadline_text,
           deadline_kind, deadline_start, deadline_due, budget_text
    FROM task WHERE plan_id = (SELECT id FROM plan ORDER BY created_at LIMIT 1);
  FOR i IN first..first + n_agencies - 1 LOOP
    INSERT INTO agency (name, short_name) VALUES ('Cơ quan thử ' || i, 'B' || i) RETURNING id INTO a;
    WITH ins AS (INSERT INTO unit (agency_id, name, kind, position)
                 SELECT a, 'Phòng ' || g, 'unit', g FROM generate_series(1, 8) g RETURNING id)
    SELECT array_agg(id) INTO units FROM ins;
    INSERT INTO unit (agency_id, name, kind, position) VALUES (a, 'Các phòng chuyên môn', 'group', 9) RETURNING id INTO grp;
    INSERT INTO unit_group_member (group_id, member_id) SELECT grp, u FROM unnest(units) u;
    INSERT INTO app_user (agency_id, username, password_hash, full_name, role) VALUES (a, 'bench-coord-' || i, pw, 'Điều phối ' || i, 'coordinator');
    INSERT INTO app_user (agency_id, username, password_hash, full_name, role) VALUES (a, 'bench-member-' || i, pw, 'Cán bộ ' || i, 'member') RETURNING id INTO member;
    INSERT INTO user_unit (user_id, unit_id) VALUES (member, units[1]);
    INSERT INTO plan (agency_id, year, title, status, issued_on) VALUES (a, 2026, 'Kế hoạch CCHC năm 2026', 'issued', '2026-01-15') RETURNING id INTO p;
    WITH ins AS (INSERT INTO plan_section (plan_id, code, title, position)
                 SELECT p, s::text, 'Mục ' || s, s FROM generate_series(1, 7) s RETURNING id, position)
    SELECT array_agg(id ORDER BY position) INTO secs FROM ins;
    WITH ins AS (INSERT INTO objective (plan_id, section_id, number, text, position)
                 SELECT p, secs[1 + (o % 7)], o + 1, 'Mục tiêu ' || (o + 1), o FROM generate_series(0, (per_plan - 1) / 5) o RETURNING id, position)
    SELECT array_agg(id ORDER BY position) INTO objs FROM ins;
    INSERT INTO task (plan_id, section_id, objective_id, position, text, search_text, activities, output, lead_text,
                      coordinators_text, deadline_text, deadline_kind, deadline_start, deadline_due, budget_text,
                      status, completed_on, percent)
    SELECT p, secs[1 + ((n / 5) % 7)], objs[1 + n / 5], n, tpl.text, tpl.search_text, tpl.activities, tpl.output,
           'Phòng ' || (1 + n % 8), 'Các phòng chuyên môn', tpl.deadline_text, tpl.deadline_kind, tpl.deadline_start,
           tpl.deadline_due, tpl.budget_text,
           CASE WHEN r < 0.35 THEN 'done' WHEN r < 0.6 THEN 'in_progress' ELSE 'not_started' END,
           CASE WHEN r < 0.35 THEN '2026-01-10'::date + (r * 600)::int END,
           CASE WHEN r < 0.35 THEN 100 WHEN r < 0.6 THEN 50 ELSE 0 END
    FROM (SELECT n, random() AS r FROM generate_series(0, per_plan - 1) n) g JOIN tpl ON tpl.k = g.n % 45;
    INSERT INTO task_unit (task_id, unit_id, role, position)
      SELECT id, units[1 + position % 8], 'lead', 0 FROM task WHERE plan_id = p
      UNION ALL SELECT id, grp, 'coordinating', 0 FROM task WHERE plan_id = p;
    INSERT INTO progress_entry (task_id, author_id, status, percent, note, completed_on, created_at)
      SELECT id, member, 'in_progress', 50, 'Đang triển khai', NULL, '2026-02-01' FROM task WHERE plan_id = p AND status <> 'not_started'
      UNION ALL SELECT id, member, 'done', 100, 'Đã hoàn thành', completed_on, completed_on FROM task WHERE plan_id = p AND status = 'done';
  END LOOP;
END $$ LANGUAGE plpgsql;

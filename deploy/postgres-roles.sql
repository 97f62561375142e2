-- Roles of a hall's shared PostgreSQL database: hall_admin (the console, migrations) and
-- hall_kiosk (every lobby kiosk and village station).
--
-- Run as a superuser on the hall's database AFTER `kiosk db upgrade`, and again after every
-- upgrade (new tables need their grants); running it twice changes nothing:
--
--     sudo -u postgres psql -v ON_ERROR_STOP=1 -d hall -f deploy/postgres-roles.sql
--
-- It sets no password (none belongs in a file): `sudo -u postgres psql -c '\password hall_kiosk'`.
--
-- hall_kiosk may read published content and write what a kiosk takes, nothing else:
--   * read the public content tables; rows that are not for the public are invisible to it
--     (row-level security): 对内公开 disclosures, drafts' and archived items' rows. It cannot read
--     `drafts`, the revision texts (`revisions.data` holds staff-only texts too) or the audit
--     details: of those it sees the ids only, which is all the "anything new?" check needs;
--   * insert ratings, opinions, issued notices, audit rows (serial reservations, sign-ins) and
--     heartbeats, and outbox deliveries (the same inserts, by uid);
--   * update only the serial counter (`notice_serials.last_number`: reserving and numbering), the
--     PIN lockout counters of `credentials` (a wrong PIN at a kiosk must count everywhere), its own
--     heartbeat row and whether a notice it issued printed.
-- It reads `credentials` to check a PIN at the kiosk (scrypt hashes, never the PIN).
-- hall_admin may do everything the console does, including migrations (it should own the
-- database: `CREATE DATABASE hall OWNER hall_admin`).

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hall_admin') THEN
        CREATE ROLE hall_admin LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hall_kiosk') THEN
        CREATE ROLE hall_kiosk LOGIN;
    END IF;
END
$$;

DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO hall_admin, hall_kiosk', current_database());
END
$$;

-- The admin: everything, also when another role (a superuser) created the tables.
GRANT USAGE, CREATE ON SCHEMA public TO hall_admin;
GRANT ALL ON ALL TABLES IN SCHEMA public TO hall_admin;
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO hall_admin;

-- The kiosk: start from nothing, then grant what a kiosk does.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM hall_kiosk;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM hall_kiosk;
GRANT USAGE ON SCHEMA public TO hall_kiosk;

GRANT SELECT ON
    alembic_version,                                              -- "is the schema current?" (never changes it)
    hall, boards, attachments, themes, departments, windows, staff,
    matters, matter_themes, fee_items, procedure_steps, faq_items, scenarios, materials,
    disclosures, notices, complaint_channels, complaint_results, pre_disclosures,
    settings, kiosk_overrides,
    matter_laws, matter_windows,                                  -- the national guide elements (h12)
    service_bundles, guidance_tree                                -- 一件事 and the 导办 tree (h14)
TO hall_kiosk;

GRANT SELECT (id) ON revisions, audit_log TO hall_kiosk;         -- the content fingerprint only
GRANT INSERT ON audit_log TO hall_kiosk;

GRANT SELECT (id, uid), INSERT ON ratings, opinions TO hall_kiosk;
GRANT SELECT, INSERT ON issued_notices TO hall_kiosk;            -- 补打 and the archive search at the kiosk
GRANT SELECT, INSERT, UPDATE (last_number) ON notice_serials TO hall_kiosk;

GRANT SELECT ON credentials TO hall_kiosk;
GRANT UPDATE (failed_count, locked_until, day, day_attempts, updated_at) ON credentials TO hall_kiosk;

GRANT USAGE ON SEQUENCE audit_log_id_seq, ratings_id_seq, opinions_id_seq, issued_notices_id_seq TO hall_kiosk;

-- 差评整改: a rating that calls for a case opens it in the same transaction (also on delivery from the
-- outbox); the 监督 board reads the cases with their ratings and the hall's calendar, and shows them
-- anonymised (kiosk/services/supervision/public.py). So the kiosk role reads ratings and cases whole —
-- a known widening: a board computed on the admin side and published would let this shrink again.
GRANT SELECT ON ratings TO hall_kiosk;
GRANT SELECT, INSERT ON rating_cases TO hall_kiosk;
GRANT SELECT ON calendar_days TO hall_kiosk;
GRANT USAGE ON SEQUENCE rating_cases_id_seq TO hall_kiosk;

-- 统计: usage counts (a guide opened, a checklist printed, a search) written in batches, each batch
-- once by its uid (ON CONFLICT … RETURNING needs the uid readable). Nothing in them names a resident.
GRANT SELECT (uid), INSERT ON usage_batches TO hall_kiosk;
GRANT INSERT ON usage_events TO hall_kiosk;
GRANT USAGE ON SEQUENCE usage_events_id_seq TO hall_kiosk;

-- Heartbeats (the console's 设备状态 page) and the print state of issued notices (未打印): granted
-- when the schema has them (migration h9_health).
DO $$
BEGIN
    IF to_regclass('public.kiosk_heartbeats') IS NOT NULL THEN
        GRANT SELECT, INSERT, UPDATE ON kiosk_heartbeats TO hall_kiosk;
    END IF;
    IF EXISTS (SELECT FROM information_schema.columns
               WHERE table_schema = 'public' AND table_name = 'issued_notices' AND column_name = 'print_state') THEN
        GRANT UPDATE (print_state, printed_at, print_error) ON issued_notices TO hall_kiosk;
    END IF;
    -- 呼叫帮办 (a resident calls, staff signed in at a kiosk take the call), 窗口导航 (the floor
    -- plans) and 办件进度 (looked up by residents, set by staff): migration h14_hall
    IF to_regclass('public.help_calls') IS NOT NULL THEN
        GRANT SELECT, INSERT, UPDATE (acknowledged_at, acknowledged_by) ON help_calls TO hall_kiosk;
        GRANT USAGE ON SEQUENCE help_calls_id_seq TO hall_kiosk;
        GRANT SELECT ON floor_plans, plan_places TO hall_kiosk;
        GRANT UPDATE (progress, progress_log) ON issued_notices TO hall_kiosk;
    END IF;
END
$$;

-- Row-level security: what is not for the public does not exist for the kiosk role. The admin
-- sees every row (as the owner it would anyway; the policy covers a database owned by another role).
ALTER TABLE disclosures ENABLE ROW LEVEL SECURITY;
ALTER TABLE matters ENABLE ROW LEVEL SECURITY;
ALTER TABLE notices ENABLE ROW LEVEL SECURITY;
ALTER TABLE complaint_results ENABLE ROW LEVEL SECURITY;
ALTER TABLE pre_disclosures ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS kiosk_reads_public ON disclosures;
CREATE POLICY kiosk_reads_public ON disclosures FOR SELECT TO hall_kiosk
    USING (audience = 'public' AND status = 'published');
DROP POLICY IF EXISTS kiosk_reads_published ON matters;
CREATE POLICY kiosk_reads_published ON matters FOR SELECT TO hall_kiosk USING (status = 'published');
DROP POLICY IF EXISTS kiosk_reads_published ON notices;
CREATE POLICY kiosk_reads_published ON notices FOR SELECT TO hall_kiosk USING (status = 'published');
DROP POLICY IF EXISTS kiosk_reads_published ON complaint_results;
CREATE POLICY kiosk_reads_published ON complaint_results FOR SELECT TO hall_kiosk USING (status = 'published');
DROP POLICY IF EXISTS kiosk_reads_plans ON pre_disclosures;
CREATE POLICY kiosk_reads_plans ON pre_disclosures FOR SELECT TO hall_kiosk
    USING (status = 'pre_disclosure' OR (status = 'published' AND decision <> ''));  -- plans and decisions

DROP POLICY IF EXISTS admin_all ON disclosures;
CREATE POLICY admin_all ON disclosures TO hall_admin USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS admin_all ON matters;
CREATE POLICY admin_all ON matters TO hall_admin USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS admin_all ON notices;
CREATE POLICY admin_all ON notices TO hall_admin USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS admin_all ON complaint_results;
CREATE POLICY admin_all ON complaint_results TO hall_admin USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS admin_all ON pre_disclosures;
CREATE POLICY admin_all ON pre_disclosures TO hall_admin USING (true) WITH CHECK (true);

ALTER TABLE service_bundles ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS kiosk_reads_published ON service_bundles;
CREATE POLICY kiosk_reads_published ON service_bundles FOR SELECT TO hall_kiosk USING (status = 'published');
DROP POLICY IF EXISTS admin_all ON service_bundles;
CREATE POLICY admin_all ON service_bundles TO hall_admin USING (true) WITH CHECK (true);

-- Doubles a crosscheck SQLite store of schema version 3 in place: every
-- document, entity, incident, claim, contradiction and name link again,
-- 3,650 days later (documents get the id suffix "-b"). The search table is
-- left alone. For measuring incident lists at twice a store's size without
-- ingesting it again (doc/store.md, "Incident lists at one million claims"):
--   cp STORE.db BIG.db && sqlite3 BIG.db < bench/store_bench_double.sql
BEGIN;
CREATE TEMP TABLE k AS SELECT (SELECT MAX(id) FROM claims) AS c, (SELECT MAX(id) FROM incidents) AS i;
INSERT INTO documents(id, source, published, url, title, text, ingested_at, crosscheck_version, lexicon_version)
  SELECT id || '-b', source, date(published, '+3650 days'), url, title, text, ingested_at, crosscheck_version, lexicon_version FROM documents;
INSERT INTO entities(document_id, local_id, name, type, json) SELECT document_id || '-b', local_id, name, type, json FROM entities;
INSERT INTO incidents(id, type, place, places, facility, day_lo, day_hi, first_date, last_date, claims, documents, contradictions, pinned, sources)
  SELECT id + (SELECT i FROM k), type, place, places, facility, day_lo + 3650, day_hi + 3650, date(first_date, '+3650 days'),
         date(last_date, '+3650 days'), claims, documents, contradictions, pinned, sources FROM incidents;
INSERT INTO claims(id, document_id, local_id, incident_id, type, stance, speaker_key, speaker_name, has_count, count_min, count_max,
  approx, cause, agent, agent_is_entity, place_id, place_name, place_label, place_parents, facility, facility_label, day_lo, day_hi,
  dated, json, crosscheck_version, lexicon_version)
  SELECT id + (SELECT c FROM k), document_id || '-b', local_id, incident_id + (SELECT i FROM k), type, stance, speaker_key, speaker_name,
  has_count, count_min, count_max, approx, cause, agent, agent_is_entity, place_id, place_name, place_label, place_parents, facility,
  facility_label, day_lo + 3650, day_hi + 3650, dated, json, crosscheck_version, lexicon_version FROM claims;
INSERT INTO contradictions(incident_id, kind, claim_a, claim_b)
  SELECT incident_id + (SELECT i FROM k), kind, claim_a + (SELECT c FROM k), claim_b + (SELECT c FROM k) FROM contradictions;
INSERT INTO incident_sources(source_id, incident_id) SELECT source_id, incident_id + (SELECT i FROM k) FROM incident_sources;
INSERT INTO incident_places(place_id, incident_id) SELECT place_id, incident_id + (SELECT i FROM k) FROM incident_places;
COMMIT;

-- Daily totals across segments, maintained by triggers so every write path (ingest, undo,
-- webhooks, restore) keeps them right. The all-segments scorecard reads one row per measure
-- and day here instead of one per segment, so it does not slow down as stores are added.
-- A total is recomputed from its day's rows (not adjusted by deltas) so float error never
-- accumulates over repeated corrections.

CREATE TABLE measure_day_totals (
  measure_id INTEGER NOT NULL REFERENCES measures(id),
  day        TEXT NOT NULL,
  value      REAL NOT NULL,
  segments   INTEGER NOT NULL,
  PRIMARY KEY (measure_id, day)
) WITHOUT ROWID;

INSERT INTO measure_day_totals (measure_id, day, value, segments)
SELECT measure_id, day, SUM(value), COUNT(*) FROM measure_values GROUP BY measure_id, day;

CREATE TRIGGER measure_values_total_insert AFTER INSERT ON measure_values BEGIN
  DELETE FROM measure_day_totals WHERE measure_id = NEW.measure_id AND day = NEW.day;
  INSERT INTO measure_day_totals (measure_id, day, value, segments)
  SELECT NEW.measure_id, NEW.day, SUM(value), COUNT(*) FROM measure_values
  WHERE measure_id = NEW.measure_id AND day = NEW.day;
END;

CREATE TRIGGER measure_values_total_update AFTER UPDATE ON measure_values BEGIN
  DELETE FROM measure_day_totals WHERE measure_id = OLD.measure_id AND day = OLD.day;
  INSERT INTO measure_day_totals (measure_id, day, value, segments)
  SELECT OLD.measure_id, OLD.day, SUM(value), COUNT(*) FROM measure_values
  WHERE measure_id = OLD.measure_id AND day = OLD.day HAVING COUNT(*) > 0;
  DELETE FROM measure_day_totals WHERE measure_id = NEW.measure_id AND day = NEW.day;
  INSERT INTO measure_day_totals (measure_id, day, value, segments)
  SELECT NEW.measure_id, NEW.day, SUM(value), COUNT(*) FROM measure_values
  WHERE measure_id = NEW.measure_id AND day = NEW.day;
END;

CREATE TRIGGER measure_values_total_delete AFTER DELETE ON measure_values BEGIN
  DELETE FROM measure_day_totals WHERE measure_id = OLD.measure_id AND day = OLD.day;
  INSERT INTO measure_day_totals (measure_id, day, value, segments)
  SELECT OLD.measure_id, OLD.day, SUM(value), COUNT(*) FROM measure_values
  WHERE measure_id = OLD.measure_id AND day = OLD.day HAVING COUNT(*) > 0;
END;

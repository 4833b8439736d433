-- Bulk writers (a CSV import) may keep the per-row day-total triggers of 002 from running
-- and recompute each touched day once per chunk instead: the triggers cost two statements
-- per written cell, which was most of a million-row import's time. The switch is a row,
-- not a connection setting, so the triggers (which may only read the main schema) can see
-- it; a bulk writer turns it on and off again inside one synchronous write, in its own
-- write transaction, so no other write ever runs while it is on and no committed state
-- ever shows it on.
CREATE TABLE write_options (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  defer_day_totals INTEGER NOT NULL DEFAULT 0 CHECK (defer_day_totals IN (0, 1))
);
INSERT INTO write_options (id, defer_day_totals) VALUES (1, 0);

DROP TRIGGER measure_values_total_insert;
DROP TRIGGER measure_values_total_update;
DROP TRIGGER measure_values_total_delete;

CREATE TRIGGER measure_values_total_insert AFTER INSERT ON measure_values
WHEN (SELECT defer_day_totals FROM write_options WHERE id = 1) = 0 BEGIN
  DELETE FROM measure_day_totals WHERE measure_id = NEW.measure_id AND day = NEW.day;
  INSERT INTO measure_day_totals (measure_id, day, value, segments)
  SELECT NEW.measure_id, NEW.day, SUM(value), COUNT(*) FROM measure_values
  WHERE measure_id = NEW.measure_id AND day = NEW.day;
END;

CREATE TRIGGER measure_values_total_update AFTER UPDATE ON measure_values
WHEN (SELECT defer_day_totals FROM write_options WHERE id = 1) = 0 BEGIN
  DELETE FROM measure_day_totals WHERE measure_id = OLD.measure_id AND day = OLD.day;
  INSERT INTO measure_day_totals (measure_id, day, value, segments)
  SELECT OLD.measure_id, OLD.day, SUM(value), COUNT(*) FROM measure_values
  WHERE measure_id = OLD.measure_id AND day = OLD.day HAVING COUNT(*) > 0;
  DELETE FROM measure_day_totals WHERE measure_id = NEW.measure_id AND day = NEW.day;
  INSERT INTO measure_day_totals (measure_id, day, value, segments)
  SELECT NEW.measure_id, NEW.day, SUM(value), COUNT(*) FROM measure_values
  WHERE measure_id = NEW.measure_id AND day = NEW.day;
END;

CREATE TRIGGER measure_values_total_delete AFTER DELETE ON measure_values
WHEN (SELECT defer_day_totals FROM write_options WHERE id = 1) = 0 BEGIN
  DELETE FROM measure_day_totals WHERE measure_id = OLD.measure_id AND day = OLD.day;
  INSERT INTO measure_day_totals (measure_id, day, value, segments)
  SELECT OLD.measure_id, OLD.day, SUM(value), COUNT(*) FROM measure_values
  WHERE measure_id = OLD.measure_id AND day = OLD.day HAVING COUNT(*) > 0;
END;

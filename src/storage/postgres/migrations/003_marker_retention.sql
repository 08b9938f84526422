-- The last day an event marker's event can come due (NULL: no such day is
-- known, kept); past it and past the reports' retention the marker is removed.
ALTER TABLE event_markers ADD COLUMN keep_until date;
CREATE INDEX event_markers_by_keep_until ON event_markers (keep_until) WHERE keep_until IS NOT NULL;

-- A delivery's reason as a stable code and its parameters (JSON) beside the English text, so
-- the log can be worded in the reader's language. Older rows keep their text and no code.
ALTER TABLE webhook_deliveries ADD COLUMN reason_code TEXT;
ALTER TABLE webhook_deliveries ADD COLUMN reason_params TEXT;

-- Each person's UI language, chosen in the user menu; NULL follows the browser's language.
ALTER TABLE users ADD COLUMN locale TEXT CHECK (locale IN ('en', 'es', 'it', 'nl'));

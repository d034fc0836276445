-- Certificates in two steps (issue 12, speed): the number is drawn and the row inserted in a short transaction of
-- its own as PREPARING, without a file; the PDF is rendered, signed and stored outside any lock and the row then
-- becomes VALID with its file and SHA-256 in a second short transaction. A PREPARING row has no file yet, and keeps
-- what the file step needs when a node dies between the steps and the sweep finishes it: the signing official's
-- signature image, the holder's time zone (the date of issue) and the course's topics (the second page).

ALTER TABLE certificate ALTER COLUMN pdf_path DROP NOT NULL;
ALTER TABLE certificate ALTER COLUMN pdf_sha256 DROP NOT NULL;
ALTER TABLE certificate ALTER COLUMN pdf_size DROP NOT NULL;

ALTER TABLE certificate ADD COLUMN signature_path VARCHAR(200);
ALTER TABLE certificate ADD COLUMN holder_zone VARCHAR(40);
-- one topic a line: title, a unit separator (U+001F), its JP
ALTER TABLE certificate ADD COLUMN topics VARCHAR;

ALTER TABLE certificate DROP CONSTRAINT certificate_status;
ALTER TABLE certificate ADD CONSTRAINT certificate_status
    CHECK (status IN ('PREPARING', 'VALID', 'SUPERSEDED', 'REVOKED'));
ALTER TABLE certificate ADD CONSTRAINT certificate_file_when_valid
    CHECK (status = 'PREPARING' OR status = 'REVOKED' OR pdf_path IS NOT NULL);

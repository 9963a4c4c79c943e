-- Who answers questions about the program, as its announcements name them: "For more
-- information, please contact Sophia Mendoza, Instructional Technology Director, at
-- sophia.mendoza@lausd.net". Empty until the program office sets them.
ALTER TABLE programs ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE programs ADD COLUMN contact_title TEXT NOT NULL DEFAULT '';
ALTER TABLE programs ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
ALTER TABLE programs ADD COLUMN info_url TEXT NOT NULL DEFAULT '';

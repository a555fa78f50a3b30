"""Evidence readers: turn the user's own files (address books, mail, calendars, CRM exports) into
KnownPerson and Meeting records for the relationship-evidence index."""

package dk.samtalebordet.directory;

import dk.samtalebordet.organisation.ImportReport;
import dk.samtalebordet.organisation.OrganisationImport;
import dk.samtalebordet.people.DirectoryEntry;
import dk.samtalebordet.people.Source;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The organisation from the HR or payroll system's CSV file, for municipalities without a directory to read:
 * first a preview that changes nothing and shows each row as created, changed, deactivated or refused with the
 * reason; then, confirmed, the same file applied in one transaction. The file is the whole organisation of its
 * source: a person imported before and missing from the file is deactivated.
 */
@Service
public class CsvImport {

    private final OrganisationImport organisation;
    private final CsvReader reader = new CsvReader();

    CsvImport(OrganisationImport organisation) {
        this.organisation = organisation;
    }

    /** What the file would do; nothing is stored. A file that cannot be read at all is refused in Danish. */
    public ImportReport preview(byte[] file) {
        return organisation.preview(Source.CSV, reader.read(file));
    }

    /** Applies the file, as one transaction, and keeps the run in the history. */
    public ImportReport apply(byte[] file, long administrator) {
        List<DirectoryEntry> entries = reader.read(file);
        return organisation.synchronise(Source.CSV, entries, administrator);
    }
}

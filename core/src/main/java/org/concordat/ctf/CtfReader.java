package org.concordat.ctf;

import java.util.Iterator;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLStreamConstants;
import org.concordat.calendar.AcademicYear;

/**
 * An open Common Transfer File: its pupils one at a time, each read or refused ({@link
 * CtfPupil}). Made by {@link Ctf#read}; the header has been read by then. Close it when done. Not
 * thread-safe.
 */
public final class CtfReader implements Iterator<CtfPupil>, AutoCloseable {
    private final CtfXml xml;
    private final CtfOptions options;
    private final CtfHeader header;
    /** Where the cursor is: in the root, or inside CTFpupilData. */
    private boolean inPupilData;
    /** Whether the cursor is on the start of a Pupil not yet returned. */
    private boolean atPupil;

    private boolean ended;

    CtfReader(CtfXml xml, CtfOptions options) {
        this.xml = xml;
        this.options = options;
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
            throw xml.refused("no root element: a CTF's root element is CTfile");
        }
        if (!xml.name().equalsIgnoreCase("CTfile")) {
            throw xml.refused("root element " + abbreviate(xml.name()) + ": a CTF's root element is CTfile");
        }
        CtfHeader found = null;
        while (found == null) {
            int event = xml.next();
            if (event != XMLStreamConstants.START_ELEMENT) {
                throw xml.refused("no Header in the file: is this a Common Transfer File?");
            }
            if (xml.name().equals("Header")) {
                found = CtfHeader.of(xml.keep(CtfHeader.KEEP), options.censusDate());
            } else if (xml.name().equals("CTFpupilData")) {
                throw xml.refused("CTFpupilData before the Header: the header names the school the pupils belong to");
            } else {
                xml.skip();
            }
        }
        this.header = found;
    }

    /** The CTF major version from the header, 17 or later. */
    public int version() {
        return header.version();
    }

    /** The sending school as an institution id: {@code urn-NNNNNN} or {@code laestab-NNNNNNN}. */
    public String institutionId() {
        return header.institutionId();
    }

    /** The academic year of the census date, the year of every record of this file. */
    public AcademicYear academicYear() {
        return header.academicYear();
    }

    /**
     * Whether another pupil follows.
     *
     * @throws CtfFormatException when the rest of the file is not a well-formed CTF or breaks a
     *     limit
     */
    @Override
    public boolean hasNext() {
        while (!atPupil && !ended) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (inPupilData && xml.name().equals("Pupil")) {
                    atPupil = true;
                } else if (!inPupilData && xml.name().equals("CTFpupilData")) {
                    inPupilData = true;
                } else {
                    xml.skip();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (inPupilData) {
                    inPupilData = false;
                } else {
                    // The root has ended; what follows must be the end of the document.
                    if (xml.next() != XMLStreamConstants.END_DOCUMENT) {
                        throw xml.refused("content after the root element");
                    }
                    ended = true;
                }
            } else {
                throw xml.refused("the file ends before the root element is closed");
            }
        }
        return atPupil;
    }

    /**
     * The next pupil, read or refused.
     *
     * @throws CtfFormatException when the pupil's XML is not well-formed or breaks a limit
     */
    @Override
    public CtfPupil next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more pupils in the CTF");
        }
        atPupil = false;
        return PupilReading.read(header, options, xml.keep(PupilReading.KEEP));
    }

    /** Closes the file. */
    @Override
    public void close() {
        xml.close();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}

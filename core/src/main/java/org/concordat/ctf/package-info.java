/**
 * Reading Common Transfer Files (CTF, the DfE XML format every school MIS exports) into
 * pseudonymised pupil records: {@link org.concordat.ctf.Ctf} streams a file's pupils, each
 * identified only by a keyed pseudonym of the UPN ({@link org.concordat.ctf.PupilKey}), with names,
 * dates of birth, addresses and contacts never kept. docs/imports.md says what is read and what is
 * dropped.
 */
@NullMarked
package org.concordat.ctf;

import org.jspecify.annotations.NullMarked;

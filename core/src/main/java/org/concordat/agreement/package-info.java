/**
 * The memorandum of understanding partners sign: its sections (the DfE list), its versions from
 * draft to in force, and each party's governing-body approval. An amendment is a new version
 * whose approvals start again.
 */
@NullMarked
package org.concordat.agreement;

import org.jspecify.annotations.NullMarked;

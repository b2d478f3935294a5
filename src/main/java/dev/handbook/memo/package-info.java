/**
 * What a build remembers: results filed under the digest of exactly the inputs that made them.
 *
 * <p>A key is a record whose components are the inputs of a stage; {@link dev.handbook.memo.Codec} turns it into
 * canonical bytes and {@link dev.handbook.memo.Digest} into a digest of it, so two keys are the same entry
 * exactly when their inputs are equal, and a dependency cannot be forgotten. A {@link dev.handbook.memo.Table}
 * holds one stage's entries, keeps those the last build used, and can be written to and read from a file.
 *
 * <p>The codec is ours rather than Java serialization or JSON: keys need one canonical encoding to be digested
 * (serialization writes class descriptors and back references, JSON leaves number and map order open), and a
 * warm build decodes some hundred thousand small records, which generic readers of either format do several
 * times slower.
 */
package dev.handbook.memo;

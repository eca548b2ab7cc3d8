/**
 * The bound for a unit test that does heavy work on purpose: a property run over thousands of
 * generated cases, or hundreds of records through fake-indexeddb. Such a test takes a second or
 * two on a quiet machine and many times that on a busy 2-core CI machine (other suites, browsers
 * and databases beside it): a recheck run over every pattern took over 120 s at a load of 13.
 * The bound is generous on purpose: it is there to stop a hang, not to time anything.
 */
export const HEAVY = 300_000;

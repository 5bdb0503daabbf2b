// The request-body limit the suite's mock runs with (the contract suite, Prism, dredd and
// the fuzzer), and a size that exceeds it. Small on purpose: the 413 cases stay cheap and
// dredd, which prints failing requests whole, stays readable. It still fits the largest
// valid body the suite sends (a 2 s mock MP4 inline as a data: URI, about 70 KB). The
// live API's limit is unconfirmed, so the 413 flow runs only where the limit is told.
export const CONTRACT_MOCK_MAX_BODY_BYTES = 256 * 1024;

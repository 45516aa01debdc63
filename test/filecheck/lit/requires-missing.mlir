// A test needing a tool that does not exist is reported as skipped.
// REQUIRES: tsdl-no-such-tool-for-testing
// RUN: false

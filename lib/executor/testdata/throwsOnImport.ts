// A code location that fails at import time, as a module with a missing secret would.
throw new Error("warehouse credentials missing");

// Entry of the evaluator worker thread that runs user code off the server's main thread. Filled in by issue 5/6.
export {};

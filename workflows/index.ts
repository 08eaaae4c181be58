// Every workflow dondoc runs, re-exported for the worker's bundle. The oversight workflows
// (assignment lifecycle, reporting, inspection and review cycles) arrive with issue #4.
export {};

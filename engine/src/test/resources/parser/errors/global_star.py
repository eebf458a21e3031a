global *a

/**
 * node-postgres switches to its libpq binding when NODE_PG_FORCE_NATIVE is
 * set in the environment, at the moment it is first loaded. The app ships
 * the JavaScript client only, so a machine with that variable set (left by
 * another tool) would fail to start; the variable is cleared before the
 * client loads. Import this module before `pg`.
 */
delete process.env.NODE_PG_FORCE_NATIVE;

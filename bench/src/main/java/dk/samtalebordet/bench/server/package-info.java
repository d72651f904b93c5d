/**
 * Server-side parts of the performance harness. They are compiled with the harness (never into the production
 * jar) and put on the production jar's class path only while the harness runs it ({@code -Dloader.path}):
 * the bare push baseline, and the control page that creates conversations and drives background load through
 * the real services.
 */
package dk.samtalebordet.bench.server;

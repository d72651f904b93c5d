/**
 * Brings the stored organisation in line with a source (the directory, a CSV file, SCIM): which of a run's
 * entries are accepted ({@code SyncPlan}), what they change ({@code Synchronisation}), one run at a time in one
 * transaction ({@link dk.samtalebordet.organisation.OrganisationImport}), and the history of complete runs.
 */
package dk.samtalebordet.organisation;

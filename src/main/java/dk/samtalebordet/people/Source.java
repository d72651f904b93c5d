package dk.samtalebordet.people;

/** Where a person or an org unit comes from, and so who may change them. */
public enum Source {
    /** Created in Samtalebordet itself: the demo, a bootstrap administrator. */
    LOCAL,
    /** Active Directory or another LDAP directory, read by the directory synchronisation. */
    LDAP,
    /** Pushed by an identity provider over SCIM 2.0 (Entra ID). */
    SCIM,
    /** Imported from the HR or payroll system's CSV file. */
    CSV,
    /** Roles brought by a sign-in through the identity provider (OpenID Connect); nobody comes from it. */
    OIDC
}

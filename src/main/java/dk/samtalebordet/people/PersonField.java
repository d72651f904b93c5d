package dk.samtalebordet.people;

/** The fields of a person that are recorded when they change; some can be held after a correction by hand. */
public enum PersonField {
    CREATED,
    USERNAME,
    NAME,
    TITLE,
    EMAIL,
    EMPLOYEE_NUMBER,
    ORG_UNIT,
    MANAGER,
    ROLES,
    ACTIVE,
    PASSWORD;

    /** Whether an administrator's correction of this field is kept against the source. */
    public boolean canBeHeld() {
        return this == ORG_UNIT || this == MANAGER || this == ROLES || this == ACTIVE;
    }
}

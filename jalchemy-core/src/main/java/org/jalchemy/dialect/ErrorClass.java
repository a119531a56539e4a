package org.jalchemy.dialect;

/**
 * The class of a driver error, chosen by a dialect from SQLState and vendor code; the engine turns it
 * into the matching {@link org.jalchemy.exc.DBAPIError} subclass.
 * <pre>{@code
 * ErrorClass c = dialect.classify(sqlException); // INTEGRITY for a duplicate key
 * }</pre>
 */
public enum ErrorClass {
    INTEGRITY, DATA, OPERATIONAL, PROGRAMMING, NOT_SUPPORTED, INTERNAL, INTERFACE, DATABASE
}

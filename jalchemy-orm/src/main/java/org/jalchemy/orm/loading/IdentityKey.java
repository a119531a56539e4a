package org.jalchemy.orm.loading;

import org.jalchemy.orm.mapping.Mapper;

/**
 * The identity of a row as an object: its mapper and its primary key (integers normalized to {@code Integer}
 * where they fit, else {@code Long}; composite keys as lists). Mirrors SQLAlchemy's identity key tuple.
 * <pre>{@code
 * IdentityKey k = new IdentityKey(mapper, mapper.identityOfKey(5));
 * identityMap.get(k);
 * }</pre>
 */
public record IdentityKey(Mapper<?> mapper, Object id) {
}

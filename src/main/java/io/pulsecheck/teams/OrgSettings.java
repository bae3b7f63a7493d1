package io.pulsecheck.teams;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Organisation-wide defaults; exactly one row. */
@Entity
@Table(name = "org_settings")
public class OrgSettings extends PanacheEntityBase {

    public static final short SINGLETON_ID = 1;

    @Id
    public short id;

    /** Minimum respondents before a report cell shows numbers (default 5, never below 3). */
    public int kThreshold;

    /** Minimum comments before comments are shown (default 5, never below 3). */
    public int commentThreshold;

    @Version
    public long version;

    public static OrgSettings get() {
        return findById(SINGLETON_ID);
    }
}

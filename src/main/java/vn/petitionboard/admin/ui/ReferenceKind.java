package vn.petitionboard.admin.ui;

import java.io.Serializable;
import java.util.List;
import vn.petitionboard.admin.AdminResult;

/** What a list of named reference rows (departments, domains) shows and asks its service, for {@link ReferenceList}. */
interface ReferenceKind<T> extends Serializable {

    /** "department" or "domain": the start of every element id and of the message keys "admin.&lt;kind&gt;s.*". */
    String kind();

    List<T> page(int offset, int limit);

    int count();

    long id(T row);

    String name(T row);

    boolean active(T row);

    AdminResult add(String name);

    AdminResult rename(T row, String name);

    AdminResult setActive(T row, boolean active);
}

package jp.enishi.base.ui;

/** A part of a page holding a form: the page asks it before the user leaves ({@link UnsavedChanges}). */
public interface HasUnsavedChanges {

    UnsavedChanges unsavedChanges();
}

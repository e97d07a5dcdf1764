package org.concordat.internal.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The house style for values with a lifecycle (a partnership, an agreement version): as {@link
 * ConcordatStyle}, but without generated {@code withX(...)} copies, so that a status changes
 * only through the value's own {@code withStatus(next)}, which allows legal moves only. (A
 * separate style rather than {@code @Value.Immutable(copy = false)} on the type, because
 * annotation attributes on a public type's superclass make javac warn in every module compiled
 * against it without Immutables on the class path.)
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeAbstract = {"*Def", "Abstract*"},
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        defaults = @Value.Immutable(copy = false),
        allParameters = false,
        jdkOnly = true,
        optionalAcceptNullable = false,
        validationMethod = Value.Style.ValidationMethod.SIMPLE,
        get = {"is*", "get*"},
        depluralize = true,
        // Keeps annotations from the class path (javax/Immutables @Generated, Error Prone, JSpecify)
        // out of generated code, so adopters compile against it without those jars.
        allowedClasspathAnnotations = {Override.class})
public @interface ConcordatLifecycleStyle {}

package org.concordat.internal.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the house: an abstract definition named {@code FooDef} or
 * {@code AbstractFoo} (package-private) generates the public {@code Foo}, built with {@code
 * Foo.builder()} or {@code Foo.of(...)}, changed with {@code withX(...)}, never holding null.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeAbstract = {"*Def", "Abstract*"},
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        defaults = @Value.Immutable(copy = true),
        allParameters = false,
        jdkOnly = true,
        optionalAcceptNullable = false,
        validationMethod = Value.Style.ValidationMethod.SIMPLE,
        get = {"is*", "get*"},
        depluralize = true,
        // Keeps annotations from the class path (javax/Immutables @Generated, Error Prone, JSpecify)
        // out of generated code, so adopters compile against it without those jars.
        allowedClasspathAnnotations = {Override.class})
public @interface ConcordatStyle {}

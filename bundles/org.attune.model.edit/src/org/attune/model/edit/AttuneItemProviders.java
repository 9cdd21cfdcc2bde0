package org.attune.model.edit;

import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Memo;
import org.attune.model.Project;
import org.attune.model.provider.AttuneEditPlugin;
import org.attune.model.provider.AttuneItemProviderAdapterFactory;
import org.attune.model.provider.CaseItemProvider;
import org.attune.model.provider.CodeItemProvider;
import org.attune.model.provider.CodingItemProvider;
import org.attune.model.provider.MemoItemProvider;
import org.attune.model.provider.ProjectItemProvider;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * The generated item provider adapter factory with Attune's labels: a project is its name, a code its name in its colour, a coding its
 * code's path and bounds, a case its name and role, a memo its title. Everything else (children, property
 * descriptors, the other classes' labels) is as generated from the genmodel.
 */
public class AttuneItemProviders extends AttuneItemProviderAdapterFactory {
    /** The factory a viewer or the Properties view adapts model objects with: these providers, then EMF's fall-backs. */
    public static ComposedAdapterFactory composed() {
        return composed(new AttuneItemProviders());
    }

    /** As {@link #composed()}, with {@code providers} (e.g. a subclass with a workbench's labels) for the model's classes. */
    public static ComposedAdapterFactory composed(AttuneItemProviders providers) {
        return new ComposedAdapterFactory(new org.eclipse.emf.common.notify.AdapterFactory[] {new ResourceItemProviderAdapterFactory(),
                providers, new ReflectiveItemProviderAdapterFactory()});
    }

    @Override
    public Adapter createProjectAdapter() {
        if (projectItemProvider == null) {
            projectItemProvider = new ProjectItemProvider(this) {
                @Override
                public String getText(Object object) {
                    String name = ((Project) object).getName();
                    return name == null || name.isBlank() ? getString("_UI_Project_type") : name;
                }
            };
        }
        return projectItemProvider;
    }

    @Override
    public Adapter createCodeAdapter() {
        if (codeItemProvider == null) {
            codeItemProvider = new CodeItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ((Code) object).getName();
                }

                @Override
                public Object getImage(Object object) {
                    String colour = ((Code) object).getColour();
                    return new CodeSwatch(colour == null ? CodeSwatch.NO_COLOUR : colour);
                }
            };
        }
        return codeItemProvider;
    }

    @Override
    public Adapter createCodingAdapter() {
        if (codingItemProvider == null) {
            codingItemProvider = new CodingItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Coding coding = (Coding) object;
                    String code = coding.getCode() == null ? getString("_UI_Coding_type") : coding.getCode().path();
                    return coding.start() < 0 ? code : code + " " + coding.start() + "-" + coding.end();
                }
            };
        }
        return codingItemProvider;
    }

    @Override
    public Adapter createCaseAdapter() {
        if (caseItemProvider == null) {
            caseItemProvider = new CaseItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Case c = (Case) object;
                    return c.getName() + (c.getRole() == null ? "" : "  [" + c.getRole() + "]");
                }
            };
        }
        return caseItemProvider;
    }

    @Override
    public Adapter createMemoAdapter() {
        if (memoItemProvider == null) {
            memoItemProvider = new MemoItemProvider(this) {
                @Override
                public String getText(Object object) {
                    String title = ((Memo) object).getTitle();
                    return title == null || title.isBlank() ? untitledMemo() : title;
                }
            };
        }
        return memoItemProvider;
    }

    /** The label of a memo without a title (a workbench may say it in the user's language). */
    protected String untitledMemo() {
        return AttuneEditPlugin.INSTANCE.getString("_UI_Memo_type");
    }
}

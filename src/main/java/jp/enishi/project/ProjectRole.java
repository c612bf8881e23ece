package jp.enishi.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/** One role a project seeks, stored in order with the project. */
@Embeddable
class ProjectRole {

    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private String title;
    @Enumerated(EnumType.STRING)
    @KeywordField(name = "skillCategory")
    @Column(name = "skill_category")
    private SkillCategory category;
    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private @Nullable String skills;
    private int headcount;

    protected ProjectRole() {
        this("", SkillCategory.MANAGEMENT, null, 1);
    }

    ProjectRole(String title, SkillCategory category, @Nullable String skills, int headcount) {
        this.title = title;
        this.category = category;
        this.skills = skills;
        this.headcount = headcount;
    }

    SpecSheet.RoleSpec spec() {
        return new SpecSheet.RoleSpec(title, category, skills, headcount);
    }

    SkillCategory category() {
        return category;
    }
}

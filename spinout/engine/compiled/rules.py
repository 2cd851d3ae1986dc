"""The rules library's clause templates, compiled by Jinja 3.1.6.

Written by `make compiled-clauses` (spinout/engine/precompiled.py) from the YAML: do not edit.
"""
# ruff: noqa
# mypy: ignore-errors

JINJA = '3.1.6'
SIGNATURE = 'f66b7cfbb3f2653c321e2a41282bbb173d8f765d8db9f212bc8dceb9a89d0215'

from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join


def _t0(environment):
    name = 'agency-law/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'supply-teachers') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t1(environment):
    name = 'amalgamation/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'Each of these needs an Extraordinary Resolution passed by at least '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'merger')))
        yield ' of the votes cast at a General Meeting (see '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-resolutions'))
        yield '), and the special resolution the Act requires, counted and confirmed at a second General Meeting as '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'special-resolutions'))
        yield ' sets out, after any safeguards that rule requires. None of them takes effect until the Registrar has registered it.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t2(environment):
    name = 'amalgamation/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'Members of some Member Classes do not vote on these resolutions, as '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-voting', 'demutualisation'))
        yield ' sets out.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t3(environment):
    name = 'amalgamation/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        try:
            t_4 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if ((t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'votes_on_demutualisation'))) > 0) and (t_1(t_2(context.eval_ctx, t_4(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'votes_on_demutualisation'))) > 0)) else '0'))

    blocks = {}
    debug_info = '1=36'
    return locals()


def _t4(environment):
    name = 'amalgamation/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        l_0_law = resolve('law')
        pass
        yield 'While the Asset Lock applies, the Society may amalgamate, transfer its engagements or convert only if the body that results, or that receives its engagements or assets, is bound by an asset lock at least as strict as the Asset Lock'
        if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'charitable'):
            pass
            yield " and is a charity with purposes similar to the Society's"
        if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'statutory'):
            pass
            yield ', and only as the Act and the '
            yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'asset_lock_regulations'))
            yield ' allow'
        yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t5(environment):
    name = 'amalgamation/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') != 'none') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t6(environment):
    name = 'amendments-entrenched/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'The following rules are entrenched. They may be changed only by a resolution passed at a General Meeting by at least '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'entrenched')))
        yield ' of the votes cast:'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t7(environment):
    name = 'amendments-entrenched/0/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield "each Member Class's share of the votes, its right to vote on particular decisions and its seats on the Board, as set out in "
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'membership-classes'))
        yield ', '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-voting'))
        yield ' and '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'board-composition'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t8(environment):
    name = 'amendments-entrenched/0/item1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'the list of powers that belong to the Members, in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-resolutions', 'reserved'))
        yield ', and the majorities in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-resolutions', 'majorities'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t9(environment):
    name = 'amendments-entrenched/0/item2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_governance = resolve('governance')
        l_0_ref = resolve('ref')
        l_0_asset_lock = resolve('asset_lock')
        pass
        if environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'entrenched_objects'):
            pass
            yield "the Society's objects in "
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'opening-objects'))
            yield ', '
        if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'voluntary'):
            pass
            yield 'the voluntary asset lock in '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'asset-lock'))
            yield ', '
        if (environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'entrenched_objects') or (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'voluntary')):
            pass
            yield 'and '
        yield 'this rule itself'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t10(environment):
    name = 'amendments-entrenched/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield "A change to these Rules that alters a Member Class's rights, its conditions of membership, its share of the votes, any cap on its votes or its seats on the Board needs, as well as the majority above, the consent of that class, given by a separate vote of its Members counted on its own: at least "
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'rule_change')))
        yield " of the class's Members who vote on it must be in favour. The vote may be taken at the same General Meeting or at a separate meeting of the class called with the same notice."

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t11(environment):
    name = 'amendments-entrenched/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t12(environment):
    name = 'amendments-entrenched/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield "No change may be made to these Rules that would allow the Society's assets to be shared among its Members, or passed to anyone other than as the asset lock in "
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'asset-lock'))
        yield ' allows, unless the asset lock itself has first been changed by an entrenched resolution under this rule.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t13(environment):
    name = 'amendments-entrenched/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'voluntary') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t14(environment):
    name = 'amendments-entrenched/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        l_0_law = resolve('law')
        pass
        yield 'The asset lock in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'asset-lock'))
        yield ' is the statutory asset lock under the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'asset_lock_regulations'))
        yield '. Once adopted, it can never be removed or changed, whatever majority votes for it, and no other rule may be changed so as to weaken it.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t15(environment):
    name = 'amendments-entrenched/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'statutory') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t16(environment):
    name = 'amendments/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'These Rules may be changed only by a resolution passed at a General Meeting by at least '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'rule_change')))
        yield ' of the votes cast. The rules listed in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'amendments-entrenched'))
        yield ' need the majority stated there. A change includes adding a new rule and altering or removing an existing one.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t17(environment):
    name = 'amendments/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        pass
        yield 'A change takes effect only once it has been registered by the Registrar (the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield '). The Secretary must send it to the Registrar for registration, with the documents and fee the Registrar requires, as soon as possible after it is passed.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t18(environment):
    name = 'annual-return/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield "The Society's Financial Year ends on "
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'year_end'))
        yield ' each year.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t19(environment):
    name = 'annual-return/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'Within '
        yield str(t_1(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'annual_return_months'), 'month'))
        yield " after the end of each Financial Year, the Society must send the Registrar its annual return for that year, with a copy of its accounts and the Auditor's report if there is one."

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t20(environment):
    name = 'asset-lock/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        l_0_law = resolve('law')
        pass
        if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'statutory_text') and environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'statutory_text_compared')):
            pass
            yield 'The following rule is in the form prescribed by Schedule 1 to the '
            yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'asset_lock_regulations'))
            yield '.'
        else:
            pass
            yield 'The following rule is to be in the form prescribed by Schedule 1 to the '
            yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'asset_lock_regulations'))
            yield ', word for word. It must be compared with that Schedule, as amended, before these Rules are adopted.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t21(environment):
    name = 'asset-lock/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'statutory') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t22(environment):
    name = 'asset-lock/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'statutory') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t23(environment):
    name = 'asset-lock/10/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'charitable') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t24(environment):
    name = 'asset-lock/11'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        pass
        yield "No amendment to these Rules may make the Society's objects anything other than exclusively charitable, or allow its assets to be used other than as this rule says. Where charity law requires the consent of "
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'charity_regulator'))
        yield ' or any other authority to a step under these Rules, the Society must obtain it first.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t25(environment):
    name = 'asset-lock/11/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'charitable') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t26(environment):
    name = 'asset-lock/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'voluntary') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t27(environment):
    name = 'asset-lock/3/item1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        l_0_ref = resolve('ref')
        l_0_profits = resolve('profits')
        l_0_parts = missing
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        pass
        l_0_parts = []
        context.vars['parts'] = l_0_parts
        context.exported_vars.add('parts')
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'pays_interest'):
            pass
            l_0_parts = ((undefined(name='parts') if l_0_parts is missing else l_0_parts) + [str_join(('to pay interest on Shares within the limit in ', environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-interest'), ))])
            context.vars['parts'] = l_0_parts
            context.exported_vars.add('parts')
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable'):
            pass
            l_0_parts = ((undefined(name='parts') if l_0_parts is missing else l_0_parts) + ['to pay out Withdrawable Shares at no more than their paid-up value'])
            context.vars['parts'] = l_0_parts
            context.exported_vars.add('parts')
        if environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'patronage_dividend'):
            pass
            l_0_parts = ((undefined(name='parts') if l_0_parts is missing else l_0_parts) + [str_join(("to pay dividends in proportion to Members' participation as ", environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'profits-coop', 'dividend'), ' allows', ))])
            context.vars['parts'] = l_0_parts
            context.exported_vars.add('parts')
        if (undefined(name='parts') if l_0_parts is missing else l_0_parts):
            pass
            yield str(t_1((undefined(name='parts') if l_0_parts is missing else l_0_parts)))
            yield ';'
        else:
            pass
            yield "to repay Members' Shares at no more than their paid-up value where these Rules allow it;"

    blocks = {}
    debug_info = '1=21'
    return locals()


def _t28(environment):
    name = 'asset-lock/3/item3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'to transfer assets to a body of the kind described in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'asset-lock', 'recipient'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t29(environment):
    name = 'asset-lock/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'voluntary') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t30(environment):
    name = 'asset-lock/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'voluntary') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t31(environment):
    name = 'asset-lock/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield 'If the Society is dissolved or wound up, its Residual Assets must be transferred to '
        yield str(environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'recipient'))
        yield ". They must not be shared among the Members. This keeps the Society's assets in common ownership for the people who come after. If the Members have not chosen a recipient by the time the assets must be transferred, the Board must choose one that meets this rule."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t32(environment):
    name = 'asset-lock/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'voluntary') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t33(environment):
    name = 'asset-lock/6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'If the Society converts into a company, amalgamates with another body or transfers its engagements, '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'amalgamation'))
        yield " applies: the body that results, or that receives the Society's assets, must be bound by an asset lock at least as strict as this one."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t34(environment):
    name = 'asset-lock/6/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'voluntary') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t35(environment):
    name = 'asset-lock/7'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'This rule, and the parts of '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'dissolution'))
        yield ' and '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'amalgamation'))
        yield ' that protect it, are entrenched: they may be changed only by a resolution passed by at least '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'entrenched')))
        yield ' of the votes cast at a General Meeting, as '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'amendments-entrenched'))
        yield ' sets out.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t36(environment):
    name = 'asset-lock/7/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'voluntary') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t37(environment):
    name = 'asset-lock/8/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'charitable') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t38(environment):
    name = 'asset-lock/9/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield 'paying a Member a reasonable wage for work done, or a fair price for goods or services, where the law on charities allows it;'
        if (not (environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'pays_interest') or environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable'))):
            pass
            yield ' or'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t39(environment):
    name = 'asset-lock/9/item1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        l_0_ref = resolve('ref')
        pass
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'pays_interest'):
            pass
            yield 'paying interest on Shares within the limit in '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-interest'))
            if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable'):
                pass
                yield ', and '
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable'):
            pass
            yield 'paying out Withdrawable Shares at no more than their paid-up value'
        if (environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'pays_interest') or environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable')):
            pass
            yield '; or'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t40(environment):
    name = 'asset-lock/9/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'charitable') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t41(environment):
    name = 'asset-lock/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') != 'none') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t42(environment):
    name = 'audit/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'The Society must have its accounts for each Financial Year audited by a qualified auditor, as the Act requires, unless the Members have voted to do without an audit for that year under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'audit', 'exemption'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t43(environment):
    name = 'audit/2/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        pass
        yield "the value of the Society's assets at the year end was no more than "
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'audit_exemption'), 'max_assets')))
        yield '; and'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t44(environment):
    name = 'audit/2/item1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        l_0_asset_lock = resolve('asset_lock')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        pass
        yield 'its turnover for the year was no more than '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'audit_exemption'), 'max_turnover')))
        if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'charitable'):
            pass
            yield '; and, because the Society is a charity, its income for the year was no more than '
            yield str(t_1(environment.getattr(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'audit_exemption'), 'charity_max_income')))
        yield '.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t45(environment):
    name = 'audit/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        l_0_law = resolve('law')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'A resolution under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'audit', 'exemption'))
        yield ' is passed only if fewer than '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'audit_exemption'), 'max_votes_against_percent')))
        yield ' of the votes cast are against it, and the Members voting against it make up fewer than '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'audit_exemption'), 'max_members_against_percent')))
        yield ' of all the Members entitled to vote on it.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t46(environment):
    name = 'audit/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'In a year without an audit, the Society must still prepare its accounts and file them as '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'annual-return'))
        yield ' requires, with any report that the Act or charity law then needs.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t47(environment):
    name = 'board-composition/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        pass
        yield 'The Board must have at least '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'min_size'))
        yield ' and no more than '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'max_size'))
        yield ' Directors.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t48(environment):
    name = 'board-composition/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_ref = resolve('ref')
        l_0_seated = missing
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        try:
            t_4 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        l_0_seated = t_2(context.eval_ctx, t_4(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'board_seats'))
        context.vars['seated'] = l_0_seated
        context.exported_vars.add('seated')
        yield 'Some seats are elected class by class. '
        yield str(('This class has' if (t_1((undefined(name='seated') if l_0_seated is missing else l_0_seated)) == 1) else 'These classes have'))
        yield ' seats of '
        yield str(('its' if (t_1((undefined(name='seated') if l_0_seated is missing else l_0_seated)) == 1) else 'their'))
        yield ' own: '
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext((undefined(name='seated') if l_0_seated is missing else l_0_seated), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            yield ' ('
            yield str(t_3(environment.getattr(l_1_c, 'board_seats'), 'seat'))
            yield ')'
            if (environment.getattr(l_1_loop, 'revindex') == 2):
                pass
                yield ' and '
            elif (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_c = missing
        yield ". Only Members of a class may stand for, and vote in, the election for that class's seats, and a Director elected for a class must be a Member of it. These seats are also shown in the table in "
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'membership-classes'))
        yield '.'

    blocks = {}
    debug_info = '1=38'
    return locals()


def _t49(environment):
    name = 'board-composition/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if ((t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) and (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'board_seats'))) > 0)) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t50(environment):
    name = 'board-composition/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_open_seats = resolve('open_seats')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        try:
            t_2 = environment.filters['sum']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'sum' found.")
        pass
        if t_2(environment, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='board_seats'):
            pass
            yield 'The other '
            yield str(t_1((undefined(name='open_seats') if l_0_open_seats is missing else l_0_open_seats), 'elected seat'))
        else:
            pass
            yield 'The '
            yield str(t_1((undefined(name='open_seats') if l_0_open_seats is missing else l_0_open_seats), 'elected seat'))
        yield ' '
        yield str(('is' if ((undefined(name='open_seats') if l_0_open_seats is missing else l_0_open_seats) == 1) else 'are'))
        yield ' filled by the Members as a whole: any Member may stand, and every Member may vote.'

    blocks = {}
    debug_info = '1=25'
    return locals()


def _t51(environment):
    name = 'board-composition/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_open_seats = resolve('open_seats')
        pass
        yield str(('1' if ((undefined(name='open_seats') if l_0_open_seats is missing else l_0_open_seats) > 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t52(environment):
    name = 'board-composition/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_board = resolve('board')
        l_0_limited = missing
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_4 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        try:
            t_5 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_5(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        try:
            t_6 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_6(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        l_0_limited = t_2(context.eval_ctx, t_5(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'max_board_seats', 'none'))
        context.vars['limited'] = l_0_limited
        context.exported_vars.add('limited')
        yield 'Whatever the result of an election, the Board may never have more than '
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext((undefined(name='limited') if l_0_limited is missing else l_0_limited), undefined):
            _loop_vars = {}
            pass
            yield str(t_4(environment.getattr(l_1_c, 'max_board_seats'), 'Director'))
            yield ' from '
            yield str(environment.getattr(l_1_c, 'name'))
            if (environment.getattr(l_1_loop, 'revindex') == 2):
                pass
                yield ' and '
            elif (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_c = missing
        if ((undefined(name='limited') if l_0_limited is missing else l_0_limited) and environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'combined_maxima')):
            pass
            yield ', or more than '
        elif environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'combined_maxima'):
            pass
            yield 'more than '
        l_1_loop = missing
        for l_1_m, l_1_loop in LoopContext(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'combined_maxima'), undefined):
            _loop_vars = {}
            pass
            yield str(t_4(environment.getattr(l_1_m, 'max'), 'Director'))
            yield ' from '
            yield str(t_1(t_3(context, t_6(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', environment.getattr(l_1_m, 'classes')), attribute='name')))
            yield ' together'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', or '
        l_1_loop = l_1_m = missing
        yield '. A candidate whose election would break this limit is not elected, and the seat goes to the next candidate with the most votes.'

    blocks = {}
    debug_info = '1=50'
    return locals()


def _t53(environment):
    name = 'board-composition/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_board = resolve('board')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        pass
        yield str(('1' if ((t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) and ((t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'max_board_seats', 'none'))) > 0) or (t_1(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'combined_maxima')) > 0))) else '0'))

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t54(environment):
    name = 'board-composition/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'The Members elect '
        if environment.getattr(environment.getitem((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 0), 'board_seats'):
            pass
            yield 'up to '
            yield str(t_1(environment.getattr(environment.getitem((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 0), 'board_seats'), 'Director'))
        else:
            pass
            yield 'the Directors'
        yield ' from among themselves.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t55(environment):
    name = 'board-composition/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) == 1) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t56(environment):
    name = 'board-composition/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'The Board may also appoint up to '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'co_opted_max'))
        yield ' Co-opted Director'
        if (environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'co_opted_max') > 1):
            pass
            yield 's'
        yield ', chosen for skills or experience the Board needs. A Co-opted Director need not be a Member. They serve for the period the Board sets when appointing them, which may not be longer than '
        yield str(t_1(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'term_years'), 'year'))
        yield ', and they may be appointed again. The Board may end a co-option at any time. A Co-opted Director has the same rights and duties as other Directors.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t57(environment):
    name = 'board-composition/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        pass
        yield str(('1' if (environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'co_opted_max') > 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t58(environment):
    name = 'board-composition/6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        l_0_ref = resolve('ref')
        pass
        yield 'Every Director must be at least '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'director_min_age'))
        yield ' years old. '
        if (environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'co_opted_max') > 0):
            pass
            yield 'More than half of the Directors must always hold seats elected by the Members (including a Member appointed to fill a vacant elected seat). No appointment may be made that would make the Co-opted Directors half or more of the Board.'
        else:
            pass
            yield 'Every Director is elected by the Members, or appointed to fill a vacancy under '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'board-elections'))
            yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t59(environment):
    name = 'board-composition/7'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        l_0_ref = resolve('ref')
        pass
        yield 'If the number of Directors falls below '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'min_size'))
        yield ', or below the quorum for Board meetings, the remaining Directors may act only to fill vacancies under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'board-elections'))
        yield ' or to call a General Meeting to elect Directors.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t60(environment):
    name = 'board-conflicts/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        l_0_asset_lock = resolve('asset_lock')
        l_0_ref = resolve('ref')
        pass
        yield 'Being a worker'
        if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'regulated_care') or (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'direct-payments')):
            pass
            yield ", a user of the Society's services or a family carer"
        else:
            pass
            yield " or a user of the Society's services"
        yield ' is not by itself a conflict of interest on general matters. A worker Director must not take part in any decision about their own individual pay, terms of employment, performance or discipline. '
        if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'charitable'):
            pass
            yield 'Because the Society is a charity, they must not take part in decisions about pay and terms for staff generally either, as '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'board-pay', 'charity'))
            yield ' sets out.'
        else:
            pass
            yield 'They may take part in decisions about pay and terms for staff generally, or for a whole group of staff, after declaring their interest.'

    blocks = {}
    debug_info = '1=15'
    return locals()


def _t61(environment):
    name = 'board-conflicts/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'regulated_care') or (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') in ['direct-payments', 'nhs-community'])) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t62(environment):
    name = 'board-conflicts/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') in ['music-teachers', 'supply-teachers']) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t63(environment):
    name = 'board-conflicts/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (((environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') not in ['music-teachers', 'supply-teachers']) and (not environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'regulated_care'))) and (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') not in ['direct-payments', 'nhs-community'])) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t64(environment):
    name = 'board-delegation/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'The Board may delegate any of its powers to a committee of Directors (which may include other people, as long as Directors are the majority), to a Director, or to an employee of the Society. It may not delegate a power it does not have, such as those kept for the Members by '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-resolutions', 'reserved'))
        yield ', and it may not delegate the power to appoint Directors.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t65(environment):
    name = 'board-elections/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_open_seats = resolve('open_seats')
        l_0_meetings = resolve('meetings')
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield 'After that, Directors are elected at the Annual General Meeting'
        if ((t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'board_seats'))) > 0) and (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1)):
            pass
            yield ', each Member Class electing the Directors for its own seats'
            if (undefined(name='open_seats') if l_0_open_seats is missing else l_0_open_seats):
                pass
                yield ' and all the Members together electing the open seats'
        yield '. A Member may stand if another Member'
        if ((t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'board_seats'))) > 0) and (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1)):
            pass
            yield ' of the same class'
            if (undefined(name='open_seats') if l_0_open_seats is missing else l_0_open_seats):
                pass
                yield ' (for an open seat, any Member)'
        yield ' nominates them In Writing, and the nomination reaches the Secretary by the closing date the Board sets and states in the notice of the meeting. If there are more candidates than seats, the Members'
        if ((t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'board_seats'))) > 0) and (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1)):
            pass
            yield ' entitled to vote for the seat'
        yield ' elect them by ballot'
        if environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'electronic_meetings'):
            pass
            yield ', which may be held under '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-electronic'))
        yield '. The candidates with the most votes are elected. A tie is settled by drawing lots.'

    blocks = {}
    debug_info = '1=34'
    return locals()


def _t66(environment):
    name = 'board-elections/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'An elected Director serves for a term of '
        yield str(t_1(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'term_years'), 'year'))
        yield ', ending at the close of the Annual General Meeting at which their term ends. They may stand for election again.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t67(environment):
    name = 'board-elections/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        pass
        yield str(('1' if environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'rotation') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t68(environment):
    name = 'board-elections/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield 'If an elected seat falls vacant between Annual General Meetings, the Board may appoint a Member to fill it'
        if (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1):
            pass
            yield " (for a class's seat, a Member of that class)"
        yield '. The person appointed serves until the end of the next Annual General Meeting, where the seat is filled by election.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t69(environment):
    name = 'board-meetings/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        pass
        yield 'The quorum for Board meetings is half of the Directors (rounded up) or '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'quorum_min'))
        yield ', whichever is greater.'
        if (environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'co_opted_max') > 0):
            pass
            yield ' The Directors present must include more elected Directors than Co-opted Directors.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t70(environment):
    name = 'board-meetings/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        pass
        yield 'The chair of the Board chairs Board meetings. If the chair is not present, the Directors present choose one of themselves to chair. Decisions are made by a majority of the Directors present and voting. If the votes are equal, '
        if environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'chair_casting_vote'):
            pass
            yield 'the chair of the meeting has a second, casting vote.'
        else:
            pass
            yield 'the proposal is not carried: the chair has no casting vote.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t71(environment):
    name = 'board-pay/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        pass
        yield str(('1' if (environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'pay') == 'expenses-only') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t72(environment):
    name = 'board-pay/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        pass
        yield str(('1' if (environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'pay') == 'members-approve') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t73(environment):
    name = 'board-pay/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'A Director who is employed by the Society keeps the pay and terms of their job. That pay is for their work as an employee, not for being a Director, and it is decided as set out in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'board-conflicts'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t74(environment):
    name = 'board-pay/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'charitable') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t75(environment):
    name = 'board-powers/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'The Board manages the business of the Society. It may use all the powers of the Society, except those that the Act or these Rules say must be used by the Members in General Meeting, including those listed in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-resolutions', 'reserved'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t76(environment):
    name = 'board-removal/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'The Members may remove any Director by a resolution at a General Meeting passed by at least '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'remove_director')))
        yield ' of the votes cast, as set out in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-resolutions'))
        yield '. The Director must be told of the proposal with the notice of the meeting, and may speak at the meeting and have a short written statement sent to Members before the vote.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t77(environment):
    name = 'board-removal/1/item3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        pass
        yield 'become subject to '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'bankruptcy'))
        yield ' or a similar procedure, or make an arrangement with their creditors generally'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t78(environment):
    name = 'borrowing/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield 'The Society may give security for money it borrows, such as a mortgage or charge over all or any part of its property'
        if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'scotland'):
            pass
            yield ' (in Scotland, including a standard security or any other security Scots law allows)'
        yield '. Each grant of security must be approved by a resolution of the Board.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t79(environment):
    name = 'borrowing/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield 'Money paid for Shares'
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable'):
            pass
            yield ', including Withdrawable Shares,'
        yield ' is share capital. It is not a deposit or a loan and does not count towards the borrowing limit. Nor does ordinary credit from suppliers in the normal course of business.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t80(environment):
    name = 'borrowing/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'The Society must not accept deposits in any way that would need permission under the Financial Services and Markets Act 2000 (see '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'fsma'))
        yield '). It must not pay more than a reasonable rate of interest on money borrowed from Members.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t81(environment):
    name = 'care-regulation/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        pass
        yield 'Before it starts to provide any care or support for which the law requires registration, and for as long as it provides it, the Society must hold every registration the law requires, including registration with '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'care_regulator'))
        yield ' where that applies. It must meet the conditions of each registration and the standards the regulator sets.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t82(environment):
    name = 'care-regulation/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'regulated_care') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t83(environment):
    name = 'care-wales-duty/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_is_coop = resolve('is_coop')
        l_0_nation_law = resolve('nation_law')
        pass
        yield 'The Society is '
        if (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop):
            pass
            yield 'a co-operative, in which'
        else:
            pass
            yield 'owned by its Members, and'
        yield ' the people who use its services have a real say in how they are run. It is the kind of '
        if (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop):
            pass
            yield 'co-operative, '
        yield 'user-led service that local authorities in Wales have a duty to promote under the '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'care_duty_citation'))
        yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t84(environment):
    name = 'care-wales-duty/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_is_coop = resolve('is_coop')
        pass
        yield 'The Society must work with '
        if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'):
            pass
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'))
            yield ' and any other local authority'
        else:
            pass
            yield 'each local authority'
        yield ' in whose area it provides care or support, as a partner in carrying out that duty. In particular, it must share what it learns about running care '
        if (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop):
            pass
            yield 'as a co-operative'
        else:
            pass
            yield 'in community ownership'
        yield ", take part in each authority's planning of care and support when invited, and help the people who use its services and their families to shape them."

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t85(environment):
    name = 'care-wales-duty/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield "Working with a local authority under this rule never gives the authority control over the Society's decisions: "
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'opening-independence'))
        yield ' still applies.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t86(environment):
    name = 'care-wales-duty/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'wales') and (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'regulated_care') or (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'direct-payments'))) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t87(environment):
    name = 'direct-payments-budgets/6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        pass
        yield "Where a Budget Holder asks, and the Board is satisfied it can do so safely, lawfully and within the Budget Holder's Personal Budget, the Society may employ Personal Assistants itself to support that Budget Holder. The Budget Holder still chooses who supports them and how. Before the Society first employs Personal Assistants to give personal care, the Board must find out whether the Society needs to register with "
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'care_regulator'))
        yield ', and if it does, must register before it starts.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t88(environment):
    name = 'direct-payments-budgets/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'direct-payments') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t89(environment):
    name = 'disputes/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        pass
        yield 'This rule applies to any dispute about these Rules or about membership between the Society, or any of its officers, and a Member, a former Member, or anyone claiming through a Member or former Member (such as the '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'representatives'))
        yield " of a Member who has died, or a Member's "
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'bankrupt_officer'))
        yield ').'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t90(environment):
    name = 'disputes/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        pass
        yield 'The Act allows the Rules to direct how these disputes are decided. If the dispute has not been settled within 60 days after mediation was asked for, or the parties cannot agree on a mediator within 28 days, any of them may refer it to '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'court'))
        yield ', which decides it.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t91(environment):
    name = 'disputes/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        pass
        yield 'Nothing in this rule stops anyone from asking a court for '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'urgent_order'))
        yield ', or a worker from bringing a claim about their employment to an employment tribunal.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t92(environment):
    name = 'dissolution/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'Except where a creditor or the court starts a winding up, the Society may be dissolved only after a General Meeting has resolved that it should be, by an Extraordinary Resolution passed by at least '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'dissolution')))
        yield ' of the votes cast (see '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-resolutions'))
        yield ').'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t93(environment):
    name = 'dissolution/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'Members of some Member Classes do not vote on this resolution, as '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-voting', 'demutualisation'))
        yield ' sets out.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t94(environment):
    name = 'dissolution/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        try:
            t_4 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if ((t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'votes_on_demutualisation'))) > 0) and (t_1(t_2(context.eval_ctx, t_4(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'votes_on_demutualisation'))) > 0)) else '0'))

    blocks = {}
    debug_info = '1=36'
    return locals()


def _t95(environment):
    name = 'dissolution/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        l_0_shares = resolve('shares')
        pass
        yield 'When the Society is dissolved, its property is used first to pay its debts and liabilities and the costs of the dissolution'
        if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') in ('statutory', 'charitable')):
            pass
            if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable'):
                pass
                yield ', and then to repay Withdrawable Shares at no more than their paid-up value, as the asset lock allows. Shares that are not withdrawable are cancelled without repayment'
            else:
                pass
                yield '. The Shares are cancelled without repayment'
            yield ': the asset lock does not allow them to be paid out'
        else:
            pass
            yield ', and then to repay Members the paid-up value of their Shares, and never more'
        yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t96(environment):
    name = 'dissolution/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'The Residual Assets must be dealt with only as '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'asset-lock'))
        yield ' requires.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t97(environment):
    name = 'dissolution/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') != 'none') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t98(environment):
    name = 'dissolution/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        l_0_is_coop = resolve('is_coop')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'none') and (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop)) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t99(environment):
    name = 'dissolution/6/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        l_0_is_cbs = resolve('is_cbs')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'none') and (undefined(name='is_cbs') if l_0_is_cbs is missing else l_0_is_cbs)) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t100(environment):
    name = 'ethical-employment/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'regulated_care') or (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'direct-payments')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t101(environment):
    name = 'ethical-employment/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        pass
        yield str(('1' if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'ethical_employment') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t102(environment):
    name = 'gm-agm/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        l_0_society = resolve('society')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'The Society must hold a General Meeting of its Members once a year, called the Annual General Meeting. It must be held within '
        yield str(t_1(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'agm_within_months'), 'month'))
        yield " after the end of each Financial Year. The Society's Financial Year ends on "
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'year_end'))
        yield '.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t103(environment):
    name = 'gm-agm/1/item1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        pass
        yield "to receive the Board's report on the Society's work during that year"
        if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'social_accounting'):
            pass
            yield ', including its social accounts (its account of the difference the Society has made and how it has kept to its values)'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t104(environment):
    name = 'gm-agm/1/item2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'to elect Directors to the seats that are due to be filled, as set out in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'board-elections'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t105(environment):
    name = 'gm-agm/1/item3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'to appoint an Auditor, or to decide not to appoint one where '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'audit'))
        yield ' allows it'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t106(environment):
    name = 'gm-chair/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        pass
        if environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'chair_casting_vote'):
            pass
            yield 'If the votes for and against a resolution are equal, the chair of the meeting has a second, casting vote, in addition to any vote they have as a Member.'
        else:
            pass
            yield 'If the votes for and against a resolution are equal, the resolution is not passed. The chair of the meeting has no casting vote.'

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t107(environment):
    name = 'gm-electronic/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        pass
        yield 'The Board may put any resolution to the Members by electronic or postal ballot, instead of or as well as a vote at a meeting. Every Member must be sent the full wording of the resolution and how to vote. A ballot must stay open for at least '
        yield str(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'electronic_voting_days'))
        yield ' Clear Days.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t108(environment):
    name = 'gm-electronic/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        pass
        yield str(('1' if environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'electronic_meetings') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t109(environment):
    name = 'gm-notice/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        pass
        yield 'Every General Meeting must be called by at least '
        yield str(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'notice_days'))
        yield " Clear Days' notice. Notice must be given In Writing to every Member, every Director and the Society's Auditor (if it has one). It may be given by Electronic Communication to anyone who has given the Society an address for that purpose."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t110(environment):
    name = 'gm-notice/1/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        pass
        yield 'the date, time and place of the meeting'
        if environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'electronic_meetings'):
            pass
            yield ', and how to take part electronically'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t111(environment):
    name = 'gm-notice/1/item3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        l_0_ref = resolve('ref')
        pass
        if environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'proxies'):
            pass
            yield 'that each Member may appoint a proxy under '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-proxies'))
            yield ', and how'
        else:
            pass
            yield 'that Members may not vote by proxy'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t112(environment):
    name = 'gm-notice/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'A General Meeting may be called at shorter notice if Members who together have at least '
        yield str(t_1(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'short_notice_percent')))
        yield ' of the votes that could be cast at it (worked out as set out in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-voting'))
        yield ') agree to that In Writing.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t113(environment):
    name = 'gm-other/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'As well as the Annual General Meeting, the Board must call at least '
        yield str(t_1(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'extra_meetings'), 'General Meeting'))
        yield ' in each Financial Year, so that the Members can hear how the Society is doing and have their say between Annual General Meetings.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t114(environment):
    name = 'gm-other/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        pass
        yield str(('1' if (environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'extra_meetings') > 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t115(environment):
    name = 'gm-other/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'The Board must call a General Meeting when the Members ask for one under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-requisition'))
        yield ', and when it is needed to fill the Board under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'board-composition'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t116(environment):
    name = 'gm-proxies/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        pass
        yield 'A Member may appoint '
        if environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'proxy_anyone'):
            pass
            yield 'any person they choose, whether or not a Member,'
        else:
            pass
            yield 'another Member'
        yield ' as their proxy to attend, speak and vote for them at a General Meeting. The appointment must be made In Writing, signed by the Member or by someone on their behalf with their agreement (which may be done by Electronic Communication), and reach the Secretary at least 48 hours before the meeting starts.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t117(environment):
    name = 'gm-proxies/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'No one may act as proxy for more than '
        yield str(t_1(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'proxy_limit'), 'Member'))
        yield " at the same meeting. A proxy may vote as the appointing Member could have voted, and the proxy vote counts in the appointing Member's class. A Member represented by a proxy counts towards the quorum."

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t118(environment):
    name = 'gm-proxies/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        pass
        yield str(('1' if environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'proxies') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t119(environment):
    name = 'gm-quorum/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'No business may be done at a General Meeting unless a quorum is present when the meeting starts to deal with business. The quorum is '
        yield str(t_2(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'quorum_members'), 'Member'))
        yield ' or '
        yield str(t_1(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'quorum_percent')))
        yield ' of the Members, whichever is greater. Members count towards the quorum if they are present in person'
        if environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'electronic_meetings'):
            pass
            yield ' or take part electronically under '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-electronic'))
        yield '.'

    blocks = {}
    debug_info = '1=26'
    return locals()


def _t120(environment):
    name = 'gm-quorum/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'If no quorum is present within 30 minutes of the time set for the start of the meeting, or if the meeting stops being quorate, the meeting is adjourned. A meeting called by Members under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-requisition'))
        yield ' is instead cancelled.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t121(environment):
    name = 'gm-quorum/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'If no quorum is present within 30 minutes of the start of the adjourned meeting, the Members present form a quorum, but there must be at least '
        yield str(t_1(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'quorum_members'), 'Member'))
        yield ' present.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t122(environment):
    name = 'gm-requisition/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'Members may require the Board to call a General Meeting. The request must be made In Writing, say what business the meeting is for, and be signed (which may be done by Electronic Communication) by at least '
        yield str(t_1(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'requisition_percent')))
        yield ' of the Members or '
        yield str(t_2(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'requisition_members'), 'Member'))
        yield ", whichever is fewer. It must be sent to the Secretary at the Society's registered office."

    blocks = {}
    debug_info = '1=25'
    return locals()


def _t123(environment):
    name = 'gm-resolutions/1/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'a change to these Rules: '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'rule_change')))
        if (environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'entrenched') > environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'rule_change')):
            pass
            yield ' (and '
            yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'entrenched')))
            yield ' for the rules listed in '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'amendments-entrenched'))
            yield ')'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t124(environment):
    name = 'gm-resolutions/1/item1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'dissolving the Society: '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'dissolution')))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t125(environment):
    name = 'gm-resolutions/1/item2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'amalgamating the Society with another society, transferring its engagements to another body, or converting it into a company: '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'merger')))
        yield ', as well as the special resolution the Act requires under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'special-resolutions'))

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t126(environment):
    name = 'gm-resolutions/1/item3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield "selling or otherwise disposing of a third or more of the Society's assets (by value), in one transaction or a series of linked transactions within 12 months: "
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'asset_disposal')))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t127(environment):
    name = 'gm-resolutions/1/item4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'expelling a Member under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'membership-expulsion'))
        yield ': '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'expulsion')))

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t128(environment):
    name = 'gm-resolutions/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t129(environment):
    name = 'gm-resolutions/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'Removing a Director under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'board-removal'))
        yield ' needs an Ordinary Resolution'
        if (environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'remove_director') > 50):
            pass
            yield ' passed by at least '
            yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'remove_director')))
            yield ' of the votes cast'
        yield '. Where the percentage needed for any decision is 50% or less, the votes in favour must also be more than the votes against. Where the Act sets a further procedure or a larger majority for any of these decisions, the Society must follow the Act as well.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t130(environment):
    name = 'gm-resolutions/4/item5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        pass
        if (environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'pay') == 'members-approve'):
            pass
            yield 'approving any pay for Directors, and '
        yield 'any other decision that the Act or these Rules say must be taken by the Members'

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t131(environment):
    name = 'gm-voting/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'Votes are weighted between the Member Classes, so that no class can outvote the others just by having more Members. Each class carries this share of the total votes on every resolution: '
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            yield ' ('
            yield str(t_1(environment.getattr(l_1_c, 'vote_share')))
            yield ')'
            if (environment.getattr(l_1_loop, 'revindex') == 2):
                pass
                yield ' and '
            elif (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_c = missing
        yield '. These shares are also shown in the table in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'membership-classes'))
        yield '.'

    blocks = {}
    debug_info = '1=21'
    return locals()


def _t132(environment):
    name = 'gm-voting/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_governance = resolve('governance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) and (environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'voting') == 'weighted')) else '0'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t133(environment):
    name = 'gm-voting/10'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_governance = resolve('governance')
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_3 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_4 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_5 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_5(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        try:
            t_6 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_6(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield 'Members of the following Member Class'
        if (t_2(t_3(context.eval_ctx, t_5(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'votes_on_demutualisation'))) > 1):
            pass
            yield 'es'
        yield ' do not vote on a resolution to dissolve the Society, to amalgamate it with another body, to transfer its engagements, or to convert it into a company: '
        yield str(t_1(t_4(context, t_5(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'votes_on_demutualisation'), attribute='name')))
        yield '. '
        if (environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'voting') == 'weighted'):
            pass
            yield 'On those resolutions the weighting is worked out among the other classes only, in proportion to their shares'
            if (t_2(t_3(context.eval_ctx, t_6(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'max_vote_share'))) > 0):
                pass
                yield ', but never taking a capped class above its cap (any share left over counts against the resolution)'
            yield '.'
        else:
            pass
            yield 'On those resolutions only the votes of the other classes are counted.'

    blocks = {}
    debug_info = '1=50'
    return locals()


def _t134(environment):
    name = 'gm-voting/10/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        try:
            t_4 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if ((t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'votes_on_demutualisation'))) > 0) and (t_1(t_2(context.eval_ctx, t_4(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'votes_on_demutualisation'))) > 0)) else '0'))

    blocks = {}
    debug_info = '1=36'
    return locals()


def _t135(environment):
    name = 'gm-voting/11'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        l_0_ref = resolve('ref')
        pass
        yield 'There is no voting by proxy. Members vote in person'
        if environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'electronic_meetings'):
            pass
            yield ', by taking part electronically, or in a ballot under '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-electronic'))
        yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t136(environment):
    name = 'gm-voting/11/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        pass
        yield str(('1' if (not environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'proxies')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t137(environment):
    name = 'gm-voting/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_governance = resolve('governance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) and (environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'voting') == 'weighted')) else '0'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t138(environment):
    name = 'gm-voting/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield "If no Member of a class votes on a resolution, that class's share is divided among the classes that did vote, in proportion to their own shares"
        if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'max_vote_share'))) > 0):
            pass
            yield ', except that no class may be given more than its cap under the next paragraph; any share that cannot be passed on counts against the resolution'
        yield '. This does not apply to the decisions '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-resolutions', 'protected'))
        yield " protects: on those, no class's share is ever passed to another class."

    blocks = {}
    debug_info = '1=32'
    return locals()


def _t139(environment):
    name = 'gm-voting/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_governance = resolve('governance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) and (environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'voting') == 'weighted')) else '0'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t140(environment):
    name = 'gm-voting/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_governance = resolve('governance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) and (environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'voting') == 'one-member-one-vote')) else '0'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t141(environment):
    name = 'gm-voting/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_governance = resolve('governance')
        l_0_capped = missing
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_4 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        l_0_capped = t_2(context.eval_ctx, t_4(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'max_vote_share'))
        context.vars['capped'] = l_0_capped
        context.exported_vars.add('capped')
        yield 'The votes of '
        yield str(('this class are' if (t_1((undefined(name='capped') if l_0_capped is missing else l_0_capped)) == 1) else 'these classes are'))
        yield ' capped, whatever the number of Members who attend or vote: '
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext((undefined(name='capped') if l_0_capped is missing else l_0_capped), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            yield ', at most '
            yield str(t_3(environment.getattr(l_1_c, 'max_vote_share')))
            yield ' of all the votes cast'
            if (environment.getattr(l_1_loop, 'revindex') == 2):
                pass
                yield ' and '
            elif (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '; '
        l_1_loop = l_1_c = missing
        yield '. '
        if (environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'voting') == 'weighted'):
            pass
            yield "A capped class's share, with anything passed to it under the paragraph above, never counts for more than its cap."
        else:
            pass
            yield 'If the Members of a capped class cast more votes than its cap of all the votes cast, their votes count together as exactly that cap, shared between "for" and "against" as they voted; the rest of their votes are not counted for or against, but still count in the total of votes cast.'
        yield ' A cap is a ceiling: it never gives a class more votes than its Members cast.'

    blocks = {}
    debug_info = '1=38'
    return locals()


def _t142(environment):
    name = 'gm-voting/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if ((t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) and (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'max_vote_share'))) > 0)) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t143(environment):
    name = 'gm-voting/6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_governance = resolve('governance')
        pass
        yield 'Wherever these Rules require a majority or a percentage of the votes cast, it means the votes counted under this rule'
        if (environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'voting') == 'weighted'):
            pass
            yield ", with each class's share applied"
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t144(environment):
    name = 'gm-voting/6/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t145(environment):
    name = 'gm-voting/7'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_governance = resolve('governance')
        l_0_ref = resolve('ref')
        pass
        yield 'At a meeting, votes are taken by a show of hands, counted class by class. Members taking part electronically vote by a method the chair announces. The chair declares the result after applying '
        if (environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'voting') == 'weighted'):
            pass
            yield 'the weighting'
        else:
            pass
            yield 'any cap'
        yield ' and, on a decision '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-resolutions', 'protected'))
        yield ' protects, the test in each class. The chair need not count every hand if the result is clear without doing so: for example, where a majority of those voting in every class voted the same way.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t146(environment):
    name = 'gm-voting/7/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t147(environment):
    name = 'gm-voting/8/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) == 1) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t148(environment):
    name = 'gm-voting/9'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield 'Before or straight after the result of a show of hands is declared, the chair or any three Members present may demand a poll: a vote in which every vote is counted '
        if (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1):
            pass
            yield 'class by class '
        yield 'and may be cast by paper or electronic ballot. The chair decides how and when the poll is held, which may be at the meeting or within 14 days of it. The result of the poll replaces the result of the show of hands.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t149(environment):
    name = 'investment/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_is_coop = resolve('is_coop')
        pass
        yield 'The Society may hold shares in, lend money to or set up other registered societies, companies and other bodies, including subsidiaries, where this helps it carry out its objects'
        if (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop):
            pass
            yield ' or supports other co-operatives'
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t150(environment):
    name = 'investment/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'Every investment must be consistent with the Asset Lock in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'asset-lock'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t151(environment):
    name = 'investment/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') != 'none') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t152(environment):
    name = 'investment/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'charitable') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t153(environment):
    name = 'membership-admission/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_ages = missing
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_4 = environment.filters['unique']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'unique' found.")
        pass
        l_0_ages = t_2(context.eval_ctx, t_4(environment, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='min_age')))
        context.vars['ages'] = l_0_ages
        context.exported_vars.add('ages')
        if (t_1((undefined(name='ages') if l_0_ages is missing else l_0_ages)) == 1):
            pass
            if (environment.getitem((undefined(name='ages') if l_0_ages is missing else l_0_ages), 0) > 0):
                pass
                yield 'An individual must be at least '
                yield str(environment.getitem((undefined(name='ages') if l_0_ages is missing else l_0_ages), 0))
                yield ' years old to become a Member.'
            else:
                pass
                yield 'There is no minimum age for becoming a Member.'
        else:
            pass
            yield 'An individual must have reached the minimum age for the Member Class they join: '
            l_1_loop = missing
            for l_1_c, l_1_loop in LoopContext((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), undefined):
                _loop_vars = {}
                pass
                yield str((environment.getattr(l_1_c, 'min_age') if (environment.getattr(l_1_c, 'min_age') > 0) else 'none'))
                yield ' for '
                yield str(environment.getattr(l_1_c, 'name'))
                yield str(('; ' if (not environment.getattr(l_1_loop, 'last')) else '.'))
            l_1_loop = l_1_c = missing

    blocks = {}
    debug_info = '1=37'
    return locals()


def _t154(environment):
    name = 'membership-ceasing/0/item4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        pass
        yield 'an order or award is made for their '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'bankruptcy'))
        yield ';'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t155(environment):
    name = 'membership-ceasing/0/item6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'they are expelled under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'membership-expulsion'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t156(environment):
    name = 'membership-ceasing/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_membership = resolve('membership')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'A Member who has had no contact with the Society for '
        yield str(t_1(environment.getattr((undefined(name='membership') if l_0_membership is missing else l_0_membership), 'lapse_years'), 'year'))
        yield ' (by not voting, not attending a General Meeting, not answering the Society and not using its services or working for it), and whose last known address no longer reaches them, may be treated as having resigned. Before the Board records this, the Secretary must write to the Member at their last known address (and by Electronic Communication where the Society has an address for that) saying that their membership will end unless they reply within 28 days. If they reply, their membership continues. This keeps the register, and so the quorum, true to the people who take part.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t157(environment):
    name = 'membership-ceasing/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_membership = resolve('membership')
        pass
        yield str(('1' if environment.getattr((undefined(name='membership') if l_0_membership is missing else l_0_membership), 'lapse_years') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t158(environment):
    name = 'membership-ceasing/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        l_0_ref = resolve('ref')
        l_0_nation_law = resolve('nation_law')
        pass
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable'):
            pass
            yield "A former Member's Shares are dealt with under "
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-withdrawal'))
        else:
            pass
            yield "A former Member's Shares are dealt with under "
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-non-withdrawable'))
        yield ', and on death or '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'bankruptcy'))
        yield ' under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'membership-death'))
        yield '. Leaving does not release anyone from money they owe the Society.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t159(environment):
    name = 'membership-classes/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_3 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_4 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        pass
        if (t_2((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) == 1):
            pass
            yield 'The Society has one Member Class, '
            yield str(environment.getattr(environment.getitem((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 0), 'name'))
            yield '.'
        else:
            pass
            yield 'The Society has '
            yield str(t_2((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)))
            yield ' Member Classes: '
            yield str(t_1(t_3(context.eval_ctx, t_4(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='name'))))
            yield '.'
        yield ' The table below shows who is Eligible for '
        yield str(('it' if (t_2((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) == 1) else 'each Member Class'))
        yield ', the minimum age, the Shares each Member must hold, the seats on the Board and the share of the votes at General Meetings.'

    blocks = {}
    debug_info = '1=36'
    return locals()


def _t160(environment):
    name = 'membership-classes/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t161(environment):
    name = 'membership-classes/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t162(environment):
    name = 'membership-classes/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'How the votes of each Member Class are counted at General Meetings is set out in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-voting'))
        yield ', and how each Member Class fills its seats on the Board is set out in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'board-composition'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t163(environment):
    name = 'membership-commitment/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_membership = resolve('membership')
        pass
        yield str(('1' if environment.getattr((undefined(name='membership') if l_0_membership is missing else l_0_membership), 'commitment') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t164(environment):
    name = 'membership-death/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        l_0_shares = resolve('shares')
        l_0_ref = resolve('ref')
        pass
        yield "Where there is no nomination, or for anything the nomination does not cover, the Member's "
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'representatives'))
        yield " may claim the Member's Shares. The Board may ask for reasonable evidence of their right to do so, and may make payments without formal proof of title where the Act allows. "
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable'):
            pass
            yield 'The Board must deal with the claim as if the Member had given notice to withdraw their Withdrawable Shares on the date the claim was received, under '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-withdrawal'))
            yield ', and may shorten the notice period.'
        else:
            pass
            yield 'The Board may transfer the Shares to an Eligible person named by the '
            yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'representatives'))
            yield '. If it does not, the Shares are dealt with under '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-non-withdrawable'))
            yield '.'

    blocks = {}
    debug_info = '1=15'
    return locals()


def _t165(environment):
    name = 'membership-death/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        pass
        yield "If an order or award is made for a Member's "
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'bankruptcy'))
        yield ', their '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'bankrupt_officer'))
        yield " may claim the Member's Shares. If an organisation that is a Member is wound up or dissolved, its liquidator or other person legally entitled may claim its Shares. The Board must deal with these claims in the same way as a claim by "
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'representatives'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t166(environment):
    name = 'membership-expulsion/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'A General Meeting may expel a Member by a resolution passed by at least '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'expulsion')))
        yield ' of the votes cast. It may do so only if the Member has seriously harmed the Society or its reputation, or has seriously or repeatedly broken these Rules.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t167(environment):
    name = 'membership-expulsion/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        pass
        yield 'At least '
        yield str(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'notice_days'))
        yield ' Clear Days before the meeting, the Secretary must send the Member notice In Writing that sets out:'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t168(environment):
    name = 'membership-expulsion/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        l_0_ref = resolve('ref')
        pass
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable'):
            pass
            yield "An expelled Member's Shares are dealt with in the same way as those of any Member who leaves, under "
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-withdrawal'))
            yield '. Expulsion does not take away the right to be paid for Withdrawable Shares.'
        else:
            pass
            yield "An expelled Member's Shares are dealt with in the same way as those of any Member who leaves, under "
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-non-withdrawable'))
            yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t169(environment):
    name = 'membership-shares/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_shares = resolve('shares')
        l_0_counts = missing
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_4 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        try:
            t_5 = environment.filters['unique']
        except KeyError:
            @internalcode
            def t_5(*unused):
                raise TemplateRuntimeError("No filter named 'unique' found.")
        pass
        l_0_counts = t_2(context.eval_ctx, t_5(environment, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='shares_required')))
        context.vars['counts'] = l_0_counts
        context.exported_vars.add('counts')
        if (t_1((undefined(name='counts') if l_0_counts is missing else l_0_counts)) == 1):
            pass
            yield 'Every Member must hold '
            if (environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 0) == 1):
                pass
                yield 'one Membership Share of '
                yield str(t_4(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'nominal_value')))
            else:
                pass
                yield str(environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 0))
                yield ' Membership Shares of '
                yield str(t_4(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'nominal_value')))
                yield ' each, '
                yield str(t_4((environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 0) * environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'nominal_value'))))
                yield ' in all'
            yield '.'
        else:
            pass
            yield 'Each Member must hold the number of Membership Shares, of '
            yield str(t_4(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'nominal_value')))
            yield ' each, that their Member Class requires: '
            l_1_loop = missing
            for l_1_c, l_1_loop in LoopContext((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), undefined):
                _loop_vars = {}
                pass
                yield str(environment.getattr(l_1_c, 'shares_required'))
                yield ' for '
                yield str(environment.getattr(l_1_c, 'name'))
                yield str(('; ' if (not environment.getattr(l_1_loop, 'last')) else '.'))
            l_1_loop = l_1_c = missing

    blocks = {}
    debug_info = '1=44'
    return locals()


def _t170(environment):
    name = 'nhs-values/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'nhs-community') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t171(environment):
    name = 'officers-secretary/1/item1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'the annual return, accounts and any other returns and notices the Act requires are sent to the Registrar (the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar'))
        yield ') on time, including the annual return within '
        yield str(t_1(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'annual_return_months'), 'month'))
        yield ' of the end of the Financial Year'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t172(environment):
    name = 'open-reporting/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        pass
        yield str(('1' if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'social_accounting') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t173(environment):
    name = 'opening-community-benefit/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        l_0_ref = resolve('ref')
        l_0_parts = missing
        try:
            t_1 = environment.filters['join_or']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_or' found.")
        pass
        l_0_parts = []
        context.vars['parts'] = l_0_parts
        context.exported_vars.add('parts')
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'pays_interest'):
            pass
            l_0_parts = ((undefined(name='parts') if l_0_parts is missing else l_0_parts) + [str_join(('paying interest on Shares within the limit in ', environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-interest'), ))])
            context.vars['parts'] = l_0_parts
            context.exported_vars.add('parts')
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable'):
            pass
            l_0_parts = ((undefined(name='parts') if l_0_parts is missing else l_0_parts) + [str_join(('paying out Withdrawable Shares under ', environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-withdrawal'), ))])
            context.vars['parts'] = l_0_parts
            context.exported_vars.add('parts')
        l_0_parts = ((undefined(name='parts') if l_0_parts is missing else l_0_parts) + ['paying a Member a fair amount for work they do for the Society or for goods or services they supply to it'])
        context.vars['parts'] = l_0_parts
        context.exported_vars.add('parts')
        yield 'This does not stop the Society '
        yield str(t_1((undefined(name='parts') if l_0_parts is missing else l_0_parts)))
        yield '.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t174(environment):
    name = 'opening-community-benefit/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_is_cbs = resolve('is_cbs')
        pass
        yield str(('1' if (undefined(name='is_cbs') if l_0_is_cbs is missing else l_0_is_cbs) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t175(environment):
    name = 'opening-coop-principles/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_is_coop = resolve('is_coop')
        pass
        yield str(('1' if (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t176(environment):
    name = 'opening-independence/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'The Society may make agreements with public bodies'
        if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'):
            pass
            yield ' (including '
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'))
            yield ')'
        yield ", commissioners, funders, lenders and other organisations. The Board must not agree to anything that would give a person or organisation that is not a Member control over the Society's decisions, or a right to appoint or remove Directors, unless a General Meeting has first approved it by at least "
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'rule_change')))
        yield ' of the votes cast.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t177(environment):
    name = 'opening-interpretation/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        pass
        yield 'The Society is registered under the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'act'))
        yield ' (the "Act"). At the date of these Rules the Registrar is the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar'))
        yield ' ('
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ').'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t178(environment):
    name = 'opening-name/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield 'The name of the Society is '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t179(environment):
    name = 'opening-objects/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('The object of the Society is:' if (t_1(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'objects')) == 1) else 'The objects of the Society are:'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t180(environment):
    name = 'opening-office/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_nation_law = resolve('nation_law')
        pass
        yield 'The registered office of the Society is at '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'registered_office'))
        yield ', in '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'label'))
        yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t181(environment):
    name = 'opening-office/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        pass
        yield 'The Board may move the registered office to another address in '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'label'))
        yield '. The Secretary must notify the Registrar of the new address in the way the Act requires.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t182(environment):
    name = 'profits-cbs/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        l_0_ref = resolve('ref')
        pass
        yield 'No profit or surplus may ever be paid or distributed to Members, whether as a dividend, a bonus or in any other way, directly or indirectly. This does not stop the Society paying a Member a fair wage for work done or a fair price for goods or services'
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable'):
            pass
            yield ', or paying out Withdrawable Shares under '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-withdrawal'))
            yield ' at no more than their paid-up value'
        yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t183(environment):
    name = 'profits-cbs/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield 'Interest on Shares is a cost of the business, not a share of the profits. It may be paid only within the limit in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-interest'))
        if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'charitable'):
            pass
            yield ', and only at a rate that is reasonable for a charity'
        yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t184(environment):
    name = 'profits-cbs/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'pays_interest') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t185(environment):
    name = 'profits-cbs/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'This rule applies as well as the Asset Lock in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'asset-lock'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t186(environment):
    name = 'profits-cbs/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') != 'none') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t187(environment):
    name = 'profits-cbs/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_is_cbs = resolve('is_cbs')
        pass
        yield str(('1' if (undefined(name='is_cbs') if l_0_is_cbs is missing else l_0_is_cbs) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t188(environment):
    name = 'profits-coop/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'In this rule, profits means the surplus the Society makes in a Financial Year, as shown in its accounts, after all its costs, including the pay of its employees and any interest on Shares paid or provided for under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-interest'))
        yield '. Interest on Shares is a cost of the business, not a share of the profits.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t189(environment):
    name = 'profits-coop/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_profits = resolve('profits')
        pass
        yield str(('1' if environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'reserves_first') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t190(environment):
    name = 'profits-coop/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_profits = resolve('profits')
        pass
        if environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'reserves_first'):
            pass
            yield 'The rest of the profits'
        else:
            pass
            yield 'The profits'
        yield " may be used only in the ways set out in the following paragraphs of this rule, as the Annual General Meeting decides on the Board's recommendation. The Annual General Meeting may reduce the amount the Board recommends for any of these uses, but may not increase it. Anything not used in these ways stays in the Society's reserves."

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t191(environment):
    name = 'profits-coop/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_profits = resolve('profits')
        pass
        yield str(('1' if (environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'community_purposes') or environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'patronage_dividend')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t192(environment):
    name = 'profits-coop/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_profits = resolve('profits')
        pass
        if environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'reserves_first'):
            pass
            yield 'The rest of the profits also stays'
        else:
            pass
            yield 'All profits stay'
        yield " in the Society's reserves, to be used for its objects."

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t193(environment):
    name = 'profits-coop/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_profits = resolve('profits')
        pass
        yield str(('1' if (not (environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'community_purposes') or environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'patronage_dividend'))) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t194(environment):
    name = 'profits-coop/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_profits = resolve('profits')
        pass
        yield str(('1' if environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'community_purposes') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t195(environment):
    name = 'profits-coop/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_profits = resolve('profits')
        pass
        yield "Profits may be used to pay a dividend to Members in proportion to how much each Member took part in the Society's business during the Financial Year, measured by "
        yield str(environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'participation_basis'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t196(environment):
    name = 'profits-coop/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_profits = resolve('profits')
        pass
        yield str(('1' if environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'patronage_dividend') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t197(environment):
    name = 'profits-coop/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_is_coop = resolve('is_coop')
        pass
        yield str(('1' if (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t198(environment):
    name = 'safeguarding-checks/0/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'scotland'):
            pass
            yield "the teacher's membership of the Protecting Vulnerable Groups scheme run by Disclosure Scotland, for regulated work with children, shown by an up-to-date scheme record;"
        else:
            pass
            yield 'an enhanced certificate from the Disclosure and Barring Service for the teacher, including a check of the barred list for work with children;'

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t199(environment):
    name = 'safeguarding-checks/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'supply-teachers') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t200(environment):
    name = 'safeguarding-checks/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield 'No one may work with children through the Society until all their Safeguarding Checks are complete and the results are satisfactory. The Society must not '
        if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'supply-teachers'):
            pass
            yield 'place a teacher in a school'
        else:
            pass
            yield 'arrange lessons for a teacher'
        yield ' while any check is still outstanding.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t201(environment):
    name = 'safeguarding-checks/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield 'The Society must repeat the Safeguarding Checks for each teacher at intervals the Board sets, which must be no longer than three years, and straight away if it learns of anything that may change their result.'
        if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') != 'scotland'):
            pass
            yield " Where a teacher subscribes to the Disclosure and Barring Service's update service, the Society may, with the teacher's consent, check the status of their certificate online instead of asking for a new one."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t202(environment):
    name = 'safeguarding-checks/6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield 'If the Society learns of a concern that a teacher may have harmed a child, or may put children at risk, the designated safeguarding lead must deal with it under the policy. The Society must make every referral the law requires, including to '
        if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'scotland'):
            pass
            yield 'Disclosure Scotland'
        else:
            pass
            yield 'the Disclosure and Barring Service'
        yield ' where that applies, and must not arrange further work with children for the teacher while the concern is looked into, unless the designated safeguarding lead decides, after taking the advice the policy requires, that it is safe to do so.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t203(environment):
    name = 'safeguarding-checks/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') in ['supply-teachers', 'music-teachers']) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t204(environment):
    name = 'safeguarding/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        l_0_children = l_0_adults = missing
        pass
        l_0_children = (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') not in ['social-care', 'micro-care', 'direct-payments'])
        context.vars['children'] = l_0_children
        context.exported_vars.add('children')
        l_0_adults = (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') != 'school-trust')
        context.vars['adults'] = l_0_adults
        context.exported_vars.add('adults')
        yield 'The Society must do everything it reasonably can to keep '
        if ((undefined(name='children') if l_0_children is missing else l_0_children) and (undefined(name='adults') if l_0_adults is missing else l_0_adults)):
            pass
            yield 'the children, young people and adults at risk who use its services'
        elif (undefined(name='children') if l_0_children is missing else l_0_children):
            pass
            yield 'the children and young people who take part in its activities'
        else:
            pass
            yield 'the people it supports, including adults who may be at risk of harm because of their needs for care and support,'
        yield ' safe from abuse, neglect and exploitation. Their safety comes before the interests of the Society and of its Members.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t205(environment):
    name = 'safeguarding/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        l_0_children = l_0_adults = missing
        pass
        l_0_children = (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') not in ['social-care', 'micro-care', 'direct-payments'])
        context.vars['children'] = l_0_children
        context.exported_vars.add('children')
        l_0_adults = (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') != 'school-trust')
        context.vars['adults'] = l_0_adults
        context.exported_vars.add('adults')
        yield 'The Board must adopt a written safeguarding policy for '
        if ((undefined(name='children') if l_0_children is missing else l_0_children) and (undefined(name='adults') if l_0_adults is missing else l_0_adults)):
            pass
            yield 'children and for adults at risk'
        elif (undefined(name='children') if l_0_children is missing else l_0_children):
            pass
            yield 'children and young people'
        else:
            pass
            yield 'adults at risk'
        yield ', and the Society must follow it. The Board must review the policy at least once a year, and sooner if the law, official guidance or the local safeguarding arrangements change. Everyone who works or volunteers for the Society must be given the policy and training in it suited to their role.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t206(environment):
    name = 'safeguarding/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        l_0_society = resolve('society')
        l_0_children = l_0_adults = missing
        pass
        l_0_children = (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') not in ['social-care', 'micro-care', 'direct-payments'])
        context.vars['children'] = l_0_children
        context.exported_vars.add('children')
        l_0_adults = (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') != 'school-trust')
        context.vars['adults'] = l_0_adults
        context.exported_vars.add('adults')
        yield 'Before anyone starts work for the Society, paid or unpaid, in a role that brings them into contact with '
        if ((undefined(name='children') if l_0_children is missing else l_0_children) and (undefined(name='adults') if l_0_adults is missing else l_0_adults)):
            pass
            yield 'children or adults at risk'
        elif (undefined(name='children') if l_0_children is missing else l_0_children):
            pass
            yield 'children'
        else:
            pass
            yield 'adults at risk'
        yield ', the Society must take up references and make the criminal record check the law allows for that role: '
        if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'scotland'):
            pass
            yield 'membership of the Protecting Vulnerable Groups scheme run by Disclosure Scotland, where the role is regulated work'
        else:
            pass
            yield 'an enhanced check from the Disclosure and Barring Service, with a check of the relevant barred list where the role is regulated activity'
        yield '. No one may work with '
        if ((undefined(name='children') if l_0_children is missing else l_0_children) and (undefined(name='adults') if l_0_adults is missing else l_0_adults)):
            pass
            yield 'children or adults at risk'
        elif (undefined(name='children') if l_0_children is missing else l_0_children):
            pass
            yield 'children'
        else:
            pass
            yield 'adults at risk'
        yield ' without supervision until those checks are complete and the results are satisfactory.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t207(environment):
    name = 'safeguarding/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        l_0_society = resolve('society')
        l_0_children = l_0_adults = missing
        pass
        l_0_children = (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') not in ['social-care', 'micro-care', 'direct-payments'])
        context.vars['children'] = l_0_children
        context.exported_vars.add('children')
        l_0_adults = (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') != 'school-trust')
        context.vars['adults'] = l_0_adults
        context.exported_vars.add('adults')
        yield "Anyone who works or volunteers for the Society, and any Member, may raise a concern about someone's safety with the Safeguarding Lead at any time. The Safeguarding Lead must deal with it under the policy and must make every referral that the law or the local safeguarding arrangements require, without waiting for a decision of the Board: to "
        if ((undefined(name='children') if l_0_children is missing else l_0_children) and (undefined(name='adults') if l_0_adults is missing else l_0_adults)):
            pass
            yield "the local authority's children's services or adult safeguarding team"
        elif (undefined(name='children') if l_0_children is missing else l_0_children):
            pass
            yield "the local authority's children's services"
        else:
            pass
            yield "the local authority's adult safeguarding team"
        yield ', to the police where a crime may have been committed, and to '
        if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'scotland'):
            pass
            yield 'Disclosure Scotland'
        else:
            pass
            yield 'the Disclosure and Barring Service'
        yield ' where the Society removes someone from their work because they harmed someone or may put someone at risk.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t208(environment):
    name = 'safeguarding/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'Where the Society runs activities for pupils of '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school') else 'a school'))
        yield ", it must agree In Writing with the school how concerns about a pupil will be shared, and must follow the school's safeguarding arrangements for any activity on the school's premises or during the school day."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t209(environment):
    name = 'safeguarding/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'school-trust') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t210(environment):
    name = 'safeguarding/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'safeguarding') and (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') not in ['supply-teachers', 'music-teachers'])) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t211(environment):
    name = 'school-members/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'A School Member joins as an organisation under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'membership-admission', 'organisations'))
        yield '. It must nominate one individual, such as its headteacher, business manager or a governor, to represent it, and may replace that representative, as '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'membership-admission', 'representatives'))
        yield ' sets out. A body that runs more than one school is one Member, with one vote.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t212(environment):
    name = 'school-members/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'A Director who represents a school has a conflict of interest, under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'board-conflicts'))
        yield ', in any Board decision about a placement at that school or a dispute with it, and must declare it.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t213(environment):
    name = 'school-members/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'supply-teachers') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t214(environment):
    name = 'seal/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_has_seal = resolve('has_seal')
        pass
        yield str(('1' if (undefined(name='has_seal') if l_0_has_seal is missing else l_0_has_seal) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t215(environment):
    name = 'seal/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_has_seal = resolve('has_seal')
        pass
        yield str(('1' if (undefined(name='has_seal') if l_0_has_seal is missing else l_0_has_seal) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t216(environment):
    name = 'seal/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_has_seal = resolve('has_seal')
        pass
        yield str(('1' if (not (undefined(name='has_seal') if l_0_has_seal is missing else l_0_has_seal)) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t217(environment):
    name = 'shares-capital/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        pass
        yield "The Society's share capital is made up of Shares of "
        yield str(t_1(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'nominal_value')))
        yield ' each. There is no limit on the number of Shares the Society may issue.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t218(environment):
    name = 'shares-capital/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        pass
        yield 'Shares are always issued at their face value of '
        yield str(t_1(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'nominal_value')))
        yield ', never at a premium or a discount, and must be paid for in full when they are issued. A Share never becomes worth more than its face value.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t219(environment):
    name = 'shares-capital/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield 'Shares do not carry votes. Each Member has one vote, however many Shares they hold'
        if (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1):
            pass
            yield '; the weight given to the votes of each Member Class is set out in '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-voting'))
        yield '.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t220(environment):
    name = 'shares-capital/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if (not environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'investment_shares')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t221(environment):
    name = 'shares-certificates/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield "If the Board decides to issue certificates, each one must state the holder's name, the number of Shares and the amount paid for them, and must be signed by the Secretary and one Director. The Board may replace a lost or damaged certificate on reasonable terms. A certificate must be returned to the Society when the Shares it covers are "
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable'):
            pass
            yield 'withdrawn, '
        yield 'transferred or cancelled.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t222(environment):
    name = 'shares-interest/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if (not environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'pays_interest')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t223(environment):
    name = 'shares-interest/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        yield 'The Board may pay interest on Shares. The yearly rate must not be more than '
        yield str(t_1(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'interest_max_percent')))
        if (not t_2(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'interest_above_base'))):
            pass
            yield ', or '
            yield str(t_1(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'interest_above_base')))
            yield ' above the Bank of England base rate (as it stands at the start of the financial year concerned) if that is higher'
        yield '.'

    blocks = {}
    debug_info = '1=25'
    return locals()


def _t224(environment):
    name = 'shares-interest/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'pays_interest') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t225(environment):
    name = 'shares-interest/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'pays_interest') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t226(environment):
    name = 'shares-interest/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'pays_interest') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t227(environment):
    name = 'shares-investment/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'A Member may hold more Shares than their Member Class requires, up to the limit in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-max-holding'))
        yield '. The Board decides when to offer further Shares, on what terms, and whether to accept each application for them.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t228(environment):
    name = 'shares-investment/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'Further Shares give no extra vote. The only return they can earn is interest under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-interest'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t229(environment):
    name = 'shares-investment/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'investment_shares') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t230(environment):
    name = 'shares-max-holding/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        l_0_ref = resolve('ref')
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_2 = environment.filters['max']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'max' found.")
        try:
            t_3 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        pass
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'investment_shares'):
            pass
            yield 'No Member may hold Shares worth more than '
            yield str(t_3(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'max_holding')))
            yield ' in total.'
        else:
            pass
            yield 'No Member may hold more Shares than the Membership Shares their Member Class requires, as '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'membership-shares'))
            yield ' sets out, and so never more than '
            yield str(t_3((t_2(environment, t_1(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='shares_required')) * environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'nominal_value'))))
            yield ' worth of Shares.'

    blocks = {}
    debug_info = '1=32'
    return locals()


def _t231(environment):
    name = 'shares-max-holding/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        pass
        yield 'If the Act sets a lower limit on holdings of Withdrawable Shares (at the date of these Rules, '
        yield str(t_1(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'max_withdrawable_holding')))
        yield '), that lower limit applies instead.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t232(environment):
    name = 'shares-max-holding/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t233(environment):
    name = 'shares-max-holding/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('These limits do' if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable') else 'This limit does'))
        yield ' not apply to a Member that is itself a registered society.'

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t234(environment):
    name = 'shares-max-holding/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'investment_shares') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t235(environment):
    name = 'shares-non-withdrawable/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        l_0_ref = resolve('ref')
        l_0_nation_law = resolve('nation_law')
        pass
        yield "When a Member leaves the Society for any reason, their Shares are cancelled and the amount paid for them becomes part of the Society's funds"
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'transferable'):
            pass
            yield ', unless they have already been transferred under '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-transfer'))
        yield '. This is subject to what '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'membership-death'))
        yield ' allows on death or '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'bankruptcy'))
        yield '.'

    blocks = {}
    debug_info = '1=15'
    return locals()


def _t236(environment):
    name = 'shares-non-withdrawable/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if (not environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t237(environment):
    name = 'shares-transfer/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        l_0_ref = resolve('ref')
        pass
        yield "Shares cannot be transferred, except where the Act allows it on a Member's death or "
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'bankruptcy'))
        yield ', as set out in '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'membership-death'))
        yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t238(environment):
    name = 'shares-transfer/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if (not environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'transferable')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t239(environment):
    name = 'shares-transfer/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield "A Member may transfer Shares only with the Board's approval, and only to a person who is already a Member or whom the Board admits as a Member at the same time. The person receiving the Shares must not go over the limit in "
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'shares-max-holding'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t240(environment):
    name = 'shares-transfer/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'transferable') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t241(environment):
    name = 'shares-transfer/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'transferable') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t242(environment):
    name = 'shares-withdrawal/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'A Member may withdraw some or all of their Withdrawable Shares by giving notice In Writing to the Secretary. '
        if (environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawal_notice_months') > 0):
            pass
            yield 'The notice period is '
            yield str(t_1(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawal_notice_months'), 'month'))
            yield '.'
        else:
            pass
            yield 'No period of notice is needed.'
        yield ' The Board may agree to a shorter period of notice, or none, in any case.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t243(environment):
    name = 'shares-withdrawal/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_names = missing
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_3 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_4 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_5 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_5(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        l_0_names = t_3(context.eval_ctx, t_4(context, t_5(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'membership_share_withdrawable'), attribute='name'))
        context.vars['names'] = l_0_names
        context.exported_vars.add('names')
        if (t_2((undefined(name='names') if l_0_names is missing else l_0_names)) == t_2((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes))):
            pass
            yield 'Membership Shares'
        else:
            pass
            yield 'The Membership Shares of '
            yield str(t_1((undefined(name='names') if l_0_names is missing else l_0_names)))
        yield ' are Withdrawable Shares. A Member can withdraw them only when leaving the Society, because withdrawing them ends their membership.'

    blocks = {}
    debug_info = '1=43'
    return locals()


def _t244(environment):
    name = 'shares-withdrawal/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'membership_share_withdrawable'))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t245(environment):
    name = 'shares-withdrawal/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_names = missing
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_3 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_4 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_5 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_5(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        pass
        l_0_names = t_3(context.eval_ctx, t_4(context, t_5(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'membership_share_withdrawable'), attribute='name'))
        context.vars['names'] = l_0_names
        context.exported_vars.add('names')
        if (t_2((undefined(name='names') if l_0_names is missing else l_0_names)) == t_2((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes))):
            pass
            yield 'Membership Shares'
        else:
            pass
            yield 'The Membership Shares of '
            yield str(t_1((undefined(name='names') if l_0_names is missing else l_0_names)))
        yield " cannot be withdrawn. When a Member leaves the Society for any reason, these Membership Shares are cancelled and the amount paid for them becomes part of the Society's funds."

    blocks = {}
    debug_info = '1=43'
    return locals()


def _t246(environment):
    name = 'shares-withdrawal/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'membership_share_withdrawable'))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t247(environment):
    name = 'shares-withdrawal/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t248(environment):
    name = 'social-accounting/0/item2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        l_0_ref = resolve('ref')
        pass
        yield 'how the Society has kept its values'
        if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'ethical_employment'):
            pass
            yield ' and the commitments in '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'ethical-employment'))
        yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t249(environment):
    name = 'social-accounting/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        pass
        yield str(('1' if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'social_accounting') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t250(environment):
    name = 'special-resolutions/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield "Where the Act requires a special resolution (for an amalgamation with another society, a transfer of the Society's engagements, or a conversion of the Society into a company), it is passed only as the Act sets out, and not by the weighting in "
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-voting'))
        yield ': each Member entitled to vote has one vote, whatever their Member Class.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t251(environment):
    name = 'special-resolutions/1/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        pass
        yield 'passed at a General Meeting, called by notice that says the resolution is to be proposed as a special resolution and sets out its wording, by at least two-thirds of the Members entitled to vote who vote on it, in person'
        if environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'proxies'):
            pass
            yield ' or by proxy'
        yield '; and'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t252(environment):
    name = 'special-resolutions/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'The resolution must also be passed at the first meeting as an Extraordinary Resolution under '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'gm-resolutions'))
        yield ', with the protections for each Member Class set out there. If it is not, it fails, whatever the count under the Act.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t253(environment):
    name = 'special-resolutions/3/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'every Member must be given at least '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'conversion_notice_months'), 'month'))
        yield "' notice of it;"

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t254(environment):
    name = 'special-resolutions/3/item3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'the first General Meeting is quorate only if at least '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'conversion_quorum_percent')))
        yield ' of the Members, or '
        yield str(t_2(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'conversion_quorum_members'), 'Member'))
        yield ', whichever is fewer, are present.'

    blocks = {}
    debug_info = '1=25'
    return locals()


def _t255(environment):
    name = 'standing-orders/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_governance = resolve('governance')
        pass
        yield str(('1' if environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'standing_orders') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t256(environment):
    name = 'teacher-admission/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'Admission as a Teacher Member is subject to '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'membership-admission'))
        yield ' and also to these conditions:'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t257(environment):
    name = 'teacher-admission/0/item1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        l_0_ref = resolve('ref')
        pass
        if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') in ['supply-teachers', 'music-teachers']):
            pass
            yield 'the Safeguarding Checks in '
            yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'safeguarding-checks'))
            yield ' have been completed for the applicant, with satisfactory results;'
        else:
            pass
            yield 'the checks the law requires before anyone works with children have been completed for the applicant, with satisfactory results;'
        yield ' and'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t258(environment):
    name = 'teacher-admission/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        pass
        yield 'The Board must apply the same standards to every applicant, and if it refuses an application it must give its reasons In Writing, as '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'membership-admission', 'decision'))
        yield ' requires.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t259(environment):
    name = 'teacher-admission/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'music-teachers') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t260(environment):
    name = 'trade-union/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        pass
        yield 'The Society recognises '
        if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'union_name'):
            pass
            yield str(environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'union_name'))
        else:
            pass
            yield 'one or more independent trade unions, chosen by its workers,'
        yield ' for collective bargaining about the pay, hours, holidays and other terms and conditions of its employees.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t261(environment):
    name = 'trade-union/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        pass
        yield str(('1' if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'trade_union') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


TEMPLATES = {
    'agency-law/when': ('500dc5bbb90afcf41022564ca816502965e9e792e4a1d0ac57f056b977ec6aea', _t0),
    'amalgamation/1': ('37c7ba5e592992e9f32887317fc7a94105b9e4259f5e71b9ed4b2698cde5c9a6', _t1),
    'amalgamation/2': ('6b1b1d19f22c651b67c0008d6aa110ddb3996edb104a1c8f93d5c9156de94629', _t2),
    'amalgamation/2/when': ('35b4e4c3f81c0ef116eb3d8c35049556bc2cae717d8eb286e7460c5cf7780dcf', _t3),
    'amalgamation/3': ('2f8347bd9349970c09c0277cb6a28219cd20ecf41d72f1b22453577af39cdfe0', _t4),
    'amalgamation/3/when': ('ea8b64bc4793767bbc0d6abe6b7843eea24bf6b6cd2a074d64b247b3227ffac4', _t5),
    'amendments-entrenched/0': ('13c78e864258f8bb19dfca8fda42496fc1d656c8e585e2e0cd4e4973acce1887', _t6),
    'amendments-entrenched/0/item0': ('e25d846884461a7109709836736df63291efc2c0134907e69aa3424f756281a1', _t7),
    'amendments-entrenched/0/item1': ('8bab0f78304270679256b60f5a4d8fe859d3d4bf3f5fbb197ab2cd12fbb0e189', _t8),
    'amendments-entrenched/0/item2': ('d04d15e5f6b51dc07eb3f5c25a93e529265937ebc8945fa548645c05e0afd927', _t9),
    'amendments-entrenched/1': ('384df19edf095de268851912f2fc78aadb1bf41d308efbfe552a97858a055d45', _t10),
    'amendments-entrenched/1/when': ('dd5dddd7fd39053a553f75b57763f5c77555d7ef5413f9dcac8c3980664d0565', _t11),
    'amendments-entrenched/2': ('79f8be032cab40fd91f964025ceb7eccc65a698a19c18a407292ca5d0ee5c2c1', _t12),
    'amendments-entrenched/2/when': ('6ae3fdb64e0f37f4a4dbb3378985db4b727b9c663454fab30802024f971905b4', _t13),
    'amendments-entrenched/3': ('801447c7beb8d0eb70d769c0d66fbc482f228197b30fc032f9680301f4393761', _t14),
    'amendments-entrenched/3/when': ('ac29ad171606695ae3306e93e9aff4643a41a709dc237653da9f7b1bc7f81559', _t15),
    'amendments/0': ('2d8b52869d608a9eb1bbfe13ec249bcfd2a78f6ab62a7ab9fc8cf11794724d6f', _t16),
    'amendments/2': ('a41e2efd0aad1f954d73ed603d208b6203f8485edc3ce3ee6aae5e199d938894', _t17),
    'annual-return/0': ('3ca5678c635e9fe495274538553bd358eeb01c241c0578c72d8bbada23b9f882', _t18),
    'annual-return/2': ('6ec991e886913cc8bc9338fb218f8eb91de6dc57bfed650765aacefaf0874186', _t19),
    'asset-lock/0': ('5ce9de7acfa6a507d16e0a8bf909289fe5988d138a923aa778b01b494475fccb', _t20),
    'asset-lock/0/when': ('ac29ad171606695ae3306e93e9aff4643a41a709dc237653da9f7b1bc7f81559', _t21),
    'asset-lock/1/when': ('ac29ad171606695ae3306e93e9aff4643a41a709dc237653da9f7b1bc7f81559', _t22),
    'asset-lock/10/when': ('5d758f98a505d4ff75df78da4b39de4bb14b4f18b6f91e1b6f2d6d2373f5c949', _t23),
    'asset-lock/11': ('9e5fa9954c301ea76ec8aae4fb8d4b71706fd123926563ee0790e32996b0ddee', _t24),
    'asset-lock/11/when': ('5d758f98a505d4ff75df78da4b39de4bb14b4f18b6f91e1b6f2d6d2373f5c949', _t25),
    'asset-lock/2/when': ('6ae3fdb64e0f37f4a4dbb3378985db4b727b9c663454fab30802024f971905b4', _t26),
    'asset-lock/3/item1': ('33ae75800c0b845a4fa3de26e8880c65d3d8f9ffb8890ba2e0f5357dc399d591', _t27),
    'asset-lock/3/item3': ('91d87e2410177d7c8c80443e5867711e0e4e9cd9a3ccb7a0fc450e977f46f7ad', _t28),
    'asset-lock/3/when': ('6ae3fdb64e0f37f4a4dbb3378985db4b727b9c663454fab30802024f971905b4', _t29),
    'asset-lock/4/when': ('6ae3fdb64e0f37f4a4dbb3378985db4b727b9c663454fab30802024f971905b4', _t30),
    'asset-lock/5': ('a073f8135f3f96cb9cace7824d8e3f9d4774540f467fbdb3b55c76f654b44ba5', _t31),
    'asset-lock/5/when': ('6ae3fdb64e0f37f4a4dbb3378985db4b727b9c663454fab30802024f971905b4', _t32),
    'asset-lock/6': ('aabc1fd1376d90db8427dc2fa6a044593bc6ce468c04ae77b53d3e96984864a1', _t33),
    'asset-lock/6/when': ('6ae3fdb64e0f37f4a4dbb3378985db4b727b9c663454fab30802024f971905b4', _t34),
    'asset-lock/7': ('de24dfc67ec5def73fc6704fa3d7cb6476c09856acf598ecff3a9b7a77e01494', _t35),
    'asset-lock/7/when': ('6ae3fdb64e0f37f4a4dbb3378985db4b727b9c663454fab30802024f971905b4', _t36),
    'asset-lock/8/when': ('5d758f98a505d4ff75df78da4b39de4bb14b4f18b6f91e1b6f2d6d2373f5c949', _t37),
    'asset-lock/9/item0': ('57a363271097d3911fc567b78be55196848c3d1f1b75591b466c295f5d901ccd', _t38),
    'asset-lock/9/item1': ('408ad038a7a9590f8ce294e9d8502e3610e8b0dc821d26eb9756a485e7592f0e', _t39),
    'asset-lock/9/when': ('5d758f98a505d4ff75df78da4b39de4bb14b4f18b6f91e1b6f2d6d2373f5c949', _t40),
    'asset-lock/when': ('ea8b64bc4793767bbc0d6abe6b7843eea24bf6b6cd2a074d64b247b3227ffac4', _t41),
    'audit/0': ('6d527fd6c7f4abc22e202f62bc4e924c1ae8877da9e069b6acf1495454a8674b', _t42),
    'audit/2/item0': ('b5e739616de6625537a31103bd79d2b06bf451ee664b3741054e0586755e9502', _t43),
    'audit/2/item1': ('021c7d93123a36f00ed3b1dcf4d719bf77b20d24371ad0759e0f6332e235b518', _t44),
    'audit/3': ('80d6a44a82c484f1c8c392795b67da031d6179bea55fae299b88d4aaa7429911', _t45),
    'audit/4': ('86088d3e5eeb343ed7305881b86bda68e12bcb7438c9d16b758e56fb89985b67', _t46),
    'board-composition/0': ('4ab92fd8e0cee26b85a0d5ac1bec888e3b6d590f324ded6ee31bd4875017293f', _t47),
    'board-composition/1': ('e6630bdb8510fc119da113c1ac79a3b2dcc18122ebcd339f499e5679132e2cf3', _t48),
    'board-composition/1/when': ('8c51d944c073c402d4a13b8ef7c3cc3a20092f9bef309b2641941211635a2ea4', _t49),
    'board-composition/2': ('ca537c2d73ea8e590a8ac6238c0b7a4732f7028021b1d852bc457dc105e91a08', _t50),
    'board-composition/2/when': ('eb6badafb16d1d7025a95109bb6fb389965cd01e19f669a94a5b24ad0fc17500', _t51),
    'board-composition/3': ('b6398da355b51a942f353e29a09a13887b50b1c00d555bced62f9b761a1a1364', _t52),
    'board-composition/3/when': ('698e4ff66fa74556105f6a5783f07a3c67285d136fff3916aecb4bada756c03b', _t53),
    'board-composition/4': ('6fdd207d227b8c791c5dc23c4a0be60bb589f5e476eb3024d5496093b06109a7', _t54),
    'board-composition/4/when': ('02d309d8ef02b8352c6623b3fc64463841162bec57d8a3fd720df0fec81c160f', _t55),
    'board-composition/5': ('4f4a2f515a0ee49585e2942788af9f5904d58c214af3e7795a9fa3d573d38126', _t56),
    'board-composition/5/when': ('fd61c7df323a641461de62a73c221534b429e0a160dd9a80d9fdaddabbc56387', _t57),
    'board-composition/6': ('cb778671619368f050b3f74ab31202e772392d4887b50839cfbd5a62fc12a5b4', _t58),
    'board-composition/7': ('4c466b58db916ef90dc69f6ea7b4801cc73d1f49af2bb73273f5a52fb950b078', _t59),
    'board-conflicts/2': ('df56129a97a74a663f7cd78e4d4206bb9090968b499d4db5528696531a25a2b9', _t60),
    'board-conflicts/3/when': ('f24f445529c10d95fd129412345e148033bd8dd0ded82bfb5e627d07dcf1d123', _t61),
    'board-conflicts/4/when': ('4b73e30992fda65fc8612ac72ceeac6c7fea45dd78410f990ba724c72ea41eaf', _t62),
    'board-conflicts/5/when': ('cebca54e0f87ee9d78269c1efc257eaafd84a8df7bd917690d9726cadcb0b83b', _t63),
    'board-delegation/0': ('7c823fe791f8d374146e409ae7911f93d4bd0225118addb51856a4887acdac40', _t64),
    'board-elections/1': ('09a65a7e90f7c34c7ca4ab52e31dcf51a755aea9e2da5f0a6c993263593d8c5b', _t65),
    'board-elections/2': ('0c83a3494564196cc192aa014d0a1874953b7d590e18781c0aebf05f3cec85e6', _t66),
    'board-elections/3/when': ('80ae4e44644a3b3309e6a938836f2241777c75512aa025e239a572be8a74d31a', _t67),
    'board-elections/4': ('bdbb58938376fb04bec6a7a743ff5d6704514de3f80ff6de57b04d94dc4ecc35', _t68),
    'board-meetings/1': ('b36c16b27d3c29edd1a6ec9a7d6f77b965e0011c6851c2d9c17a6f7ae14fe556', _t69),
    'board-meetings/2': ('6ced35ee431ac3743f5bf333db464b8f7c7a2406b81cdd12e73ce444d116a95f', _t70),
    'board-pay/0/when': ('27b50050756569d5e94eddd317a51dbad517680c89027499f2dacd321b30cc2b', _t71),
    'board-pay/1/when': ('7301c6d23579d5024c0cbeaafc01f1ea4a226964d76066a118117e2aeb0ab80f', _t72),
    'board-pay/2': ('8218f58cb93330e413540d00018233a03e64d947fd3972295c0b8f7cc3db8faa', _t73),
    'board-pay/3/when': ('5d758f98a505d4ff75df78da4b39de4bb14b4f18b6f91e1b6f2d6d2373f5c949', _t74),
    'board-powers/0': ('0d1cd70e41516b8fd81fdaf667578eb8b14bb64c73300a3f9a84008e96b67ab2', _t75),
    'board-removal/0': ('426473909b84f8e64bdf5126673b3ab1377449cc83d4ad165c7c6f4d34bf52f6', _t76),
    'board-removal/1/item3': ('50640ac5dac712771418fb9125563d5daf0da3f067f7d380023f0c89c00c8183', _t77),
    'borrowing/1': ('59f858064e3deb808017711b1b518373629c6718c56cc3a6abc291b6ebfc7c9c', _t78),
    'borrowing/3': ('1848c972f79385fa1754192722e8c4e700ae172c04592b5171796179f7af5c91', _t79),
    'borrowing/4': ('93355ba8f489b9ddd0c05bcbf86fbd2ff2249bc89aa21a78e79d8422d28b6066', _t80),
    'care-regulation/0': ('c06a55f0684223d4c207cdbbed502143aeef0195ecf1580fc2d1ed8d826212be', _t81),
    'care-regulation/when': ('30ec8f5f648b384500d710c404cc0e3dbde51faca152d4b26f19e2ee2b81016b', _t82),
    'care-wales-duty/0': ('3b9df2e6b2968ca81cca266d793fbe429674486cc6abe98c8f1c594282431517', _t83),
    'care-wales-duty/1': ('6e8dcd3b81638fca32fca096cd85f7fa5b8dc0ac837cb4b4caee06a77542e830', _t84),
    'care-wales-duty/2': ('85c584d2eee474a55315c6d1478248856c1f450e2f975c2ec6b3ba0c33e32d57', _t85),
    'care-wales-duty/when': ('fe6476d6e230fef6d391be493ee2aac38d1df39bda80d760d4df4b305cb522b2', _t86),
    'direct-payments-budgets/6': ('19d3d6f5c0758a08ed1cb8642d380ed02cef0fc251948b29799dc6e0152fc4a5', _t87),
    'direct-payments-budgets/when': ('89e1930a9d481ebecdabca5138fb408245e5483d0ef1dc5458d76996145f692f', _t88),
    'disputes/0': ('3599cec7a6e2dcca6ca41fc5ac557350999adee4d2f4169703ad6674ae138a0e', _t89),
    'disputes/2': ('58d03066ac1e145d13b7c15673cf053c520529acfcbbff03fc5a5ae9b32e04f2', _t90),
    'disputes/3': ('2aa70c2731f62d24bd8f2890ae8afba04fadd5a791d89db7eb6b6db110db6c16', _t91),
    'dissolution/1': ('344b80dfdfb3bb294b91f5e34a6476b2439c790c75f20202a3ddf963e8a1a351', _t92),
    'dissolution/2': ('846274f9dff4f3e9d3cf1128311c443e3d442c4c77fefededa12bf0fb8563694', _t93),
    'dissolution/2/when': ('35b4e4c3f81c0ef116eb3d8c35049556bc2cae717d8eb286e7460c5cf7780dcf', _t94),
    'dissolution/3': ('d88eb5a4105910482cefc119cd30c496058327533630a2a223f6f6a03d4c985c', _t95),
    'dissolution/4': ('b2661b0aa1a884771c11931b026f9207b522cf8a943ae590f76d960b69bd6fe4', _t96),
    'dissolution/4/when': ('ea8b64bc4793767bbc0d6abe6b7843eea24bf6b6cd2a074d64b247b3227ffac4', _t97),
    'dissolution/5/when': ('b7ef4ed719d2435a1f7fe6ef23526fd69aa9ace02b34d0c5d3e8faad3c79d088', _t98),
    'dissolution/6/when': ('71db16abce5d4c9d51e00b2e52e095f5cc00a5bea03aa60ddbd4cf64494a8d56', _t99),
    'ethical-employment/1/when': ('d1a0760374dc038fa9f956f31af7a977c3cb4cf3772ae75b837acf2fec48315c', _t100),
    'ethical-employment/when': ('7b819858aac38e019aa11c718f7e0df75dae1bf683bfa66bdc7716cf7b0c6ae9', _t101),
    'gm-agm/0': ('724a80634873e4218138cc75cd6c4869c872de93a9294c3670aa4a968bbbe365', _t102),
    'gm-agm/1/item1': ('1583d8bb0d68c128f52e5d8cb64e9da9e0a2878ccb0e145ae2ce33741393bac7', _t103),
    'gm-agm/1/item2': ('224c9f052fcbfa835bb582d37bd1487d64bba8d981336d98d335558de28afc4a', _t104),
    'gm-agm/1/item3': ('225c8470042d343dc40e25b42a66ddacb96074e78f4b3115626beb50afdfa2e1', _t105),
    'gm-chair/1': ('2bc4613e46247ebc95b31b3133d5357c055458604c981a65fdf1fe7771ecd04d', _t106),
    'gm-electronic/2': ('80f01deb2e941823e3ea13825084a47e0f24b9ee5fd098ce2dc91fe787eb2e99', _t107),
    'gm-electronic/when': ('18bf072927f961e37b8344348e4a98b1d0f198193d4d4a2c66b977122737ca8b', _t108),
    'gm-notice/0': ('dc063b1f02f9455959dbbc08da70d82c982e7d7526d58c11cd57f4612cffaa5a', _t109),
    'gm-notice/1/item0': ('52bb562779fb12ef3493ceac61baaaa439ef34efbb898cf489554516db13ad5f', _t110),
    'gm-notice/1/item3': ('f3f978ff3320d0f41fe0ed03c4aa95f0191e81e1ce8887bc1615c37dad743e94', _t111),
    'gm-notice/2': ('c8d2e4c1af7ce164228c11447c34da36443061acd889b715a467f260f9d7e9e1', _t112),
    'gm-other/1': ('f1dd3250f098f013e9bf731c00eaebe80e979d8fe5899a9274cc3f8a74097c0b', _t113),
    'gm-other/1/when': ('f72bdd87da32c1294b2369ec06694180d179ba05da2d3490015b100de9fa4eb2', _t114),
    'gm-other/2': ('203cf7ddde917077c12894d15cd9b069edc24b48f9dd2d79bf6be6f8b4e7d53c', _t115),
    'gm-proxies/0': ('f7f8e2c71a739e3352b1f5da62d9f5081cdd2bb2e14a34b684539c02c5f6131f', _t116),
    'gm-proxies/1': ('57ecd2464f6b7c420a7dedd938fcc21c3c539a1db5d14d660a86525230186da4', _t117),
    'gm-proxies/when': ('c910e411b8d93e5f5cb4cedd70377ca4230b05ce13993cda59dac4cddb1fe8f5', _t118),
    'gm-quorum/0': ('7e0617ea0ca317f23e182b3f275da8488b8186dfbd66058816378e5dee3fee55', _t119),
    'gm-quorum/1': ('ff5024d2a1980315c7ea034fc114b2ee4df5bd36953f54d540722251ef402397', _t120),
    'gm-quorum/3': ('9882440185a8fa34f22e4ac7e9b1639bdc5c962c97f33d3ff528c55629a436af', _t121),
    'gm-requisition/0': ('360367faf48aee34920fe2cc606a1c7abbfe40e43b051ca7afa3de439fd2a162', _t122),
    'gm-resolutions/1/item0': ('f814aefbf1b43aa21c4d7e435ec9e8c23d3c8da413c158acb3ed81e64716d61e', _t123),
    'gm-resolutions/1/item1': ('8792ec17b1a16b87667dc04bfbc2faac28971c48c98e014457939ad84054af5b', _t124),
    'gm-resolutions/1/item2': ('3a4646e08fadd1b38a64a72c3c9c0d2d2944c51bac8e9c5191ce3fb17d424cf9', _t125),
    'gm-resolutions/1/item3': ('5d26774746e6e2c1bab222e0c703683a17e5215014e9996b8ae911f2843e63e8', _t126),
    'gm-resolutions/1/item4': ('06870fd8dbd9750e14c217edd56e67d22f5c33ef6949d56c5e3c1311996698d5', _t127),
    'gm-resolutions/2/when': ('dd5dddd7fd39053a553f75b57763f5c77555d7ef5413f9dcac8c3980664d0565', _t128),
    'gm-resolutions/3': ('686fd06f73cf8d047b4558e73cf25fa0a56ac509ef770c84abb9ff8de4379d9c', _t129),
    'gm-resolutions/4/item5': ('6f4aecc762f5444ddd966143df586a7dc278debb52eae0384dc2f0c3bcce06d8', _t130),
    'gm-voting/1': ('d099a552946147b9eaaefee937b3c438a09d02b34a32e423979c53844c2eec0e', _t131),
    'gm-voting/1/when': ('81c14ba10f66f95bf290a8f2a35d132325faf5e154d2e9ad7e81bf78f6f813ed', _t132),
    'gm-voting/10': ('187f67c3598394ac3b5fb2143eeb5d408304d5d6f977943e6acc788c635108cf', _t133),
    'gm-voting/10/when': ('35b4e4c3f81c0ef116eb3d8c35049556bc2cae717d8eb286e7460c5cf7780dcf', _t134),
    'gm-voting/11': ('e6f30203c87e883f6b4dce5092b4b07be4663b1749fdc394410bfdd9e40d674e', _t135),
    'gm-voting/11/when': ('71ebdcb999886513f735d574f6d26072cc7479622a64e26bef5a4856a7c8be6e', _t136),
    'gm-voting/2/when': ('81c14ba10f66f95bf290a8f2a35d132325faf5e154d2e9ad7e81bf78f6f813ed', _t137),
    'gm-voting/3': ('939764e27b3fa24df83343e61b86ba985146421b2b72c98f7d10072e039b9286', _t138),
    'gm-voting/3/when': ('81c14ba10f66f95bf290a8f2a35d132325faf5e154d2e9ad7e81bf78f6f813ed', _t139),
    'gm-voting/4/when': ('6493a2a16c0bfdbb7a5c1c08a71141e79cc4377691dbf43b89fcf68ce2b5f657', _t140),
    'gm-voting/5': ('4abf96dd91645c087ddf78ef66dd6fc980fd500b4eb612a2bf0f6e8dcef78f7d', _t141),
    'gm-voting/5/when': ('106b62d4a582c2f4953523f1816edc5254bf6a44201051d8ccc619f6ef0960f6', _t142),
    'gm-voting/6': ('a2277980f584d7369d8136cd41ec06e69dfcc1acdef615ab39daa2184e747795', _t143),
    'gm-voting/6/when': ('dd5dddd7fd39053a553f75b57763f5c77555d7ef5413f9dcac8c3980664d0565', _t144),
    'gm-voting/7': ('face5d9d4c0efb843f0f246fefe67a74bfe6aa39585b32b136ebf415b17946fc', _t145),
    'gm-voting/7/when': ('dd5dddd7fd39053a553f75b57763f5c77555d7ef5413f9dcac8c3980664d0565', _t146),
    'gm-voting/8/when': ('02d309d8ef02b8352c6623b3fc64463841162bec57d8a3fd720df0fec81c160f', _t147),
    'gm-voting/9': ('7c09514b072f13026d35bea3d8e1930a30274eeb6a6f179a58a30c2b6461cea5', _t148),
    'investment/2': ('14ec7b8011842c239258dd07bc5550fdf7cf3a12c5ad8e1ea4b967b95c189fb6', _t149),
    'investment/3': ('8b105615aaa518cd19985a752844de6cd8b04a1f20db05c908c63bb94d4c13d3', _t150),
    'investment/3/when': ('ea8b64bc4793767bbc0d6abe6b7843eea24bf6b6cd2a074d64b247b3227ffac4', _t151),
    'investment/4/when': ('5d758f98a505d4ff75df78da4b39de4bb14b4f18b6f91e1b6f2d6d2373f5c949', _t152),
    'membership-admission/3': ('a0cbeacbcafcab5ffeb5469dcc8c38e2da1489e373a02177d8bfaa0f0fb27fe8', _t153),
    'membership-ceasing/0/item4': ('3e0ca003581103aac99f0908a2bae444f44ccb4412330dbad2674af4afe96676', _t154),
    'membership-ceasing/0/item6': ('f7ad463c8819e7ec31905eb1959abd7ade6e65f06dcbb09429f08b218d4650be', _t155),
    'membership-ceasing/1': ('47e8b0d40dba17ea222c000904e22ad7f8eabdbc7981f70a7da5063e540595f0', _t156),
    'membership-ceasing/1/when': ('395347e22fc2b63cc2381feb2647d0b5bf87f23cca6d83adfbe99cd263a5230c', _t157),
    'membership-ceasing/3': ('ce4c19fc7add86c8b084c739cdfead9d5a34ac742b51ea90c326ec97c8d65414', _t158),
    'membership-classes/0': ('a7c7788b969c872998f18eeaa4076d7fc341d053aed7fe45871c487e5cf2b5a7', _t159),
    'membership-classes/2/when': ('dd5dddd7fd39053a553f75b57763f5c77555d7ef5413f9dcac8c3980664d0565', _t160),
    'membership-classes/3/when': ('dd5dddd7fd39053a553f75b57763f5c77555d7ef5413f9dcac8c3980664d0565', _t161),
    'membership-classes/4': ('a5bd5b685db0626caa3024485bd7e9b9746cbb8a57e9d3646e1f1ac9c9a7ae5d', _t162),
    'membership-commitment/when': ('92168e785b8c359dc7dd6a9141b9a32d107dd9f5771d7fc15b4852c11a38b3ca', _t163),
    'membership-death/2': ('da1f00facc10a7457344e87e9de62acd653216e958641714d4124e1c64a2cec8', _t164),
    'membership-death/3': ('00424d1c40ff9a537f53cccee1cbcf2cc43aa111210cb4a2e2a2cb49a7bfe35f', _t165),
    'membership-expulsion/0': ('33f9ef548b71d174cb1e40396b15e831b2eeb88b86e0c497f3ef0133f3527763', _t166),
    'membership-expulsion/1': ('68ff0eefbcdcb228fbb452aa48a65d681bc03d98d04acf1ee27579ad6abbd226', _t167),
    'membership-expulsion/3': ('499ecf04098eb81ccb9c2e2c11b37a169bd503d9d6d1268c9435943939c9f88f', _t168),
    'membership-shares/0': ('795443537147eaa66c24ca92049f4ab1cf5f5815a6920251052fdc7cf1e22d3f', _t169),
    'nhs-values/when': ('af6ab25ebd916bf426f1337bd72826ddb4eb868037f25a35ae83cc2937d5d43e', _t170),
    'officers-secretary/1/item1': ('65464dc2b89d989f017c3b84e2df48bd795bcf989e0ef8698ff7575c31357fae', _t171),
    'open-reporting/when': ('208bd5ed6286bb87f2b3b57245dcbf840d53affc42a3a856177ce6aae010b151', _t172),
    'opening-community-benefit/2': ('5df21cdda3fb53609eff06414a8e3fcc0682d941b1ff9c39d7fc4acaca7be5db', _t173),
    'opening-community-benefit/when': ('d4fed9d6b6f5c9b0d7e0b3feb8888d88ce44707568be5de12bb655cf4defaa5f', _t174),
    'opening-coop-principles/when': ('bb808f18918a49b41d4f31dd72e4fd2c1fc1f96f225e44c66b094278650a07db', _t175),
    'opening-independence/1': ('009bbaf3916dd39dc5820809152d8b1d939a711376e294341d878745c125ae06', _t176),
    'opening-interpretation/0': ('576c0d68e860dc68758f0eadc194e5313b50a4288f4e51af9f96f1ca6f30f7d2', _t177),
    'opening-name/0': ('370559c23e81a0b4ee4f7fea955065579071b93788a95a56116b36d094536c99', _t178),
    'opening-objects/0': ('56f60e5206645c7fa09ec8047595040377dd29efe7dae9d695e43c53ad87fc4b', _t179),
    'opening-office/0': ('0a8a58c91b0d9e865be2130047510bd75418c5619999d60f7ef00010d0ddba0c', _t180),
    'opening-office/1': ('86ae8315ecb2cd8e0f123d9709e25a7af3055890ec0ad17b093a177c20e06a47', _t181),
    'profits-cbs/1': ('9e05517d45d4351185f74910f201be6e158578d4242a545eae9e3ecbf834127a', _t182),
    'profits-cbs/2': ('4f056d6c2a6201665654444ce2834d1672c9201126f66aa8e4855e8384ca9d83', _t183),
    'profits-cbs/2/when': ('b9571a009ef48fc306905a12caedd4016ddfb7b2f3adcaa3693587e89f662f96', _t184),
    'profits-cbs/3': ('b6b4416178df42b961eabf8fe5edbbb2b1f8b5ba9b8d0495281f4730c2b21bbb', _t185),
    'profits-cbs/3/when': ('ea8b64bc4793767bbc0d6abe6b7843eea24bf6b6cd2a074d64b247b3227ffac4', _t186),
    'profits-cbs/when': ('d4fed9d6b6f5c9b0d7e0b3feb8888d88ce44707568be5de12bb655cf4defaa5f', _t187),
    'profits-coop/0': ('5cf9f8f52d13762cd54235cd04ccfe765bc8a9f39f27b6664eebc85aad73de4f', _t188),
    'profits-coop/1/when': ('5cfb4cbc32090a697cefaac10ca6b2e3cef4de5b40863b4c0e272bb52bdd7201', _t189),
    'profits-coop/2': ('1cf76fd14435e25f9bdd7c806493eef267f8cac11b6e68767e2f940b3bfe5561', _t190),
    'profits-coop/2/when': ('70db2a9ca8420e375f6e22ea6d776417d566254dcffab161ee134042d8682b14', _t191),
    'profits-coop/3': ('7432615b4819d37694b2d54aa732d1fe6b77f3dd2ee8a04bb73c588f539d3014', _t192),
    'profits-coop/3/when': ('eb45f9bfb15d3ea10641d6c43cb4fedec4dfa59fbee071f924355fbb48d8e87e', _t193),
    'profits-coop/4/when': ('33b185d6e4aa356a8cb57a8942c69401e9882d6d6a31322f1f96d70e8327020a', _t194),
    'profits-coop/5': ('be85cc554e5389a154d852d9ae1ff8eb2a35ea248e3d0abe16f25ca256bc2f45', _t195),
    'profits-coop/5/when': ('9b5ab1126b474a854c386ec59d39628cecfecf0b582f4a3c5b405a560c69fa94', _t196),
    'profits-coop/when': ('bb808f18918a49b41d4f31dd72e4fd2c1fc1f96f225e44c66b094278650a07db', _t197),
    'safeguarding-checks/0/item0': ('259401fd6183163091f6cc0f429ba7e1c64a3c9ea3d2d308251b57c1be38ea4d', _t198),
    'safeguarding-checks/1/when': ('500dc5bbb90afcf41022564ca816502965e9e792e4a1d0ac57f056b977ec6aea', _t199),
    'safeguarding-checks/2': ('64fe1c3931ae7f3c27d1d44f99dcb0788e5125a42915636f270fa4376d2a033c', _t200),
    'safeguarding-checks/3': ('dcdf7fb2d0152ce1ea6f3b8791a6c55e2e5d789b626a59aebf326983706dfe61', _t201),
    'safeguarding-checks/6': ('b96115f24007daddcef18f8648f19a1e8b0230b493222e45734ad3a38e6d0f38', _t202),
    'safeguarding-checks/when': ('d13f0ce2223e3f140ff1c561511e96dc2af2c80ef0b745b0f61bcbdcf80d6f14', _t203),
    'safeguarding/0': ('de66e3dcfacb9686cb4e9851b696dfd400aaf837ca393673378a18d1b9931340', _t204),
    'safeguarding/1': ('2837d99f8d689047de7c874d410fbd00bb3f5fc3472e266d7053e4a9c6cd152b', _t205),
    'safeguarding/3': ('7a813f9663ef14b6585d5d187be96af0ee8d619da3b7f708e53fa2b1b1161ce9', _t206),
    'safeguarding/4': ('5c2d780688e449a58ded5fcf1cfc2ad36cf01e111da08492a6978b2809cef7cf', _t207),
    'safeguarding/5': ('88c1eecafcceb84ba4a6713aee0d53688fd8a080dde4e3e1f3367b2b0af7cb8e', _t208),
    'safeguarding/5/when': ('32417f6ca1cd557f5e30e4048b6242ff292ef519577cb59a90e879725d9c7469', _t209),
    'safeguarding/when': ('595eb2b20385b0e6ef193dd3cd8dc59d9c994379efe3816e1ed107402e376d69', _t210),
    'school-members/1': ('86f1720f38034c209c73b802641429b5e7bc556921f014395efe76ac68e3186d', _t211),
    'school-members/3': ('2917a6723a484202f4a57b33472d44346c69ba1119ab6054e30f95d5a27edadd', _t212),
    'school-members/when': ('500dc5bbb90afcf41022564ca816502965e9e792e4a1d0ac57f056b977ec6aea', _t213),
    'seal/0/when': ('6a02de841c6bc73da7ad985590558b145bc014511d50716fc4f4f4630e289e8b', _t214),
    'seal/1/when': ('6a02de841c6bc73da7ad985590558b145bc014511d50716fc4f4f4630e289e8b', _t215),
    'seal/2/when': ('ce570c830d861385cff76d82f4f09e5e668b74e41b90c436ba473acfead2cd53', _t216),
    'shares-capital/0': ('1e17c0ece7adf49afd5758f28407c9df889117a091b83d148ed25de99339672f', _t217),
    'shares-capital/1': ('7d6b1acabe0852b246746f556b60291b84cb549a1b6dcd221a7509c0140c18a5', _t218),
    'shares-capital/3': ('02166e4cf45a20b80c35937ddfa2f0ffc9892ebc2f3185c8e8d6417300343984', _t219),
    'shares-capital/4/when': ('f75c90038fd383244b3f8852893078cff717f8e872ecdd89cc34e0b13a57b759', _t220),
    'shares-certificates/1': ('8f320d20b6e259d463e0ba5b29f8a97f8ace4e19943328ac17f75113a9e04ad1', _t221),
    'shares-interest/0/when': ('06c73f4ab3bb02c4142d9e72c1c88fb5697cdb19c4023ab59ccf62c11dc417cb', _t222),
    'shares-interest/1': ('e56d65b2cacdb8ae6ce3a127a2a08e2d2214e78a4b0a68be89eaff7ffaf6e3ec', _t223),
    'shares-interest/1/when': ('b9571a009ef48fc306905a12caedd4016ddfb7b2f3adcaa3693587e89f662f96', _t224),
    'shares-interest/2/when': ('b9571a009ef48fc306905a12caedd4016ddfb7b2f3adcaa3693587e89f662f96', _t225),
    'shares-interest/3/when': ('b9571a009ef48fc306905a12caedd4016ddfb7b2f3adcaa3693587e89f662f96', _t226),
    'shares-investment/0': ('1f26dedfd0368a3acbefc831267d0544b937c1b43ac8e2c591d2b8522e824c47', _t227),
    'shares-investment/1': ('c8428df741000721369149e8c071298403bc94263d93f1268a7554a44af96715', _t228),
    'shares-investment/when': ('8c3f8e11b9eedd2d47be3ea3a48e1a8d7a9dd0a95db9358755686bafe06e2bbf', _t229),
    'shares-max-holding/0': ('418b3dc3e8d5342893309e0f2ae6edf311c7ea6a9594b390d0cc0cb42bab0a53', _t230),
    'shares-max-holding/1': ('c88f328e91d846ad32486ed213c6efd39cb48c7daa7404d118a165dd18bf363c', _t231),
    'shares-max-holding/1/when': ('b91c44ff1f58a4113b51b7e263622c8e3d167844d925f5f1d96fbc975769784f', _t232),
    'shares-max-holding/2': ('3d98a6526b064b86f271c0632a3dcf1c5426a956a3808118cc27a0f2dda13b36', _t233),
    'shares-max-holding/2/when': ('8c3f8e11b9eedd2d47be3ea3a48e1a8d7a9dd0a95db9358755686bafe06e2bbf', _t234),
    'shares-non-withdrawable/1': ('4e158ba3ff84b3981982782b7b28d6eda187d1fcd58aeff705ae7e25d5f498c0', _t235),
    'shares-non-withdrawable/when': ('b4fa2c52fc35414d9d0dfbfa9a0eb7d885f073bf49fd02d04b3f764277963ba3', _t236),
    'shares-transfer/0': ('4cdebdcada7bf6fe5fb5345fd78ebb946af2701f3e3d5b2c2bea864fb25d7a9a', _t237),
    'shares-transfer/0/when': ('75dc4c9a9526568a5088ab1b74f96e942d920ad28c884327f6a6d0c8486a2f25', _t238),
    'shares-transfer/1': ('d283f34d0ded072da6ab87fca58982168bcd9afad4e328481ebb82f89e912c3a', _t239),
    'shares-transfer/1/when': ('2edab82efdd28b42b4c0cfa8b2c662380f91a2d6824f8867b59ba847797de3e5', _t240),
    'shares-transfer/2/when': ('2edab82efdd28b42b4c0cfa8b2c662380f91a2d6824f8867b59ba847797de3e5', _t241),
    'shares-withdrawal/1': ('7cf6ba5f61adf41193e427632d4627ce0bbe0f26fecdf981e00c36f0a085b70a', _t242),
    'shares-withdrawal/2': ('ab4eef60782104048ceea92b88e13e3a293af0591235f053825aa505d9644736', _t243),
    'shares-withdrawal/2/when': ('208a88d99e7c87b6cefcf2bf0c160b4fb0035bbdfea758a8dd2f59bfce538211', _t244),
    'shares-withdrawal/3': ('ad6285d26ef2156ccfc5aca7d53a96ff8aa5d6a5aa502d7a77ab76f372180608', _t245),
    'shares-withdrawal/3/when': ('feddcfc5742276cf709590a1f939668d536933ae21e16c563beda124f19b821c', _t246),
    'shares-withdrawal/when': ('b91c44ff1f58a4113b51b7e263622c8e3d167844d925f5f1d96fbc975769784f', _t247),
    'social-accounting/0/item2': ('ae739ba1af616bf15547ecbd72163792f9ce2c50d72e71028e2e587d83995bff', _t248),
    'social-accounting/when': ('208bd5ed6286bb87f2b3b57245dcbf840d53affc42a3a856177ce6aae010b151', _t249),
    'special-resolutions/0': ('58f3be446d7e3accec6d7fa1d9b9cf18ca4b9f127e53dcd03a88a41b3e593da7', _t250),
    'special-resolutions/1/item0': ('fc535feec037bf339d59e2ea27508484c25da93c8958adc493844bdcac30a651', _t251),
    'special-resolutions/2': ('c75dd966edd7e8350c9f4c78cd83542fd44aaade4df679fb61af6a1eb0b16b44', _t252),
    'special-resolutions/3/item0': ('f2a7cb59a9606587336db935a213222371c28e1917a779436bae5067bc7b3711', _t253),
    'special-resolutions/3/item3': ('8ba92a40e8ba0de42443452ae89d9927588be13c4cbfc192e338af15c2aca07f', _t254),
    'standing-orders/when': ('3fb07e40e5110dcab8755f745c8e894e5b0cb368e87f1be129b1ec38f717669b', _t255),
    'teacher-admission/0': ('e86ce3808c022c261ca28e8b273509ca23a8e1df6ba5ef5acb47b74fb1b96302', _t256),
    'teacher-admission/0/item1': ('10fd18f477daf9b047c79ca2f7841ee93bb7a0da8b5f82e2ab0b570ff0b71b78', _t257),
    'teacher-admission/1': ('aafadf3c01f4cf48b8ae2ffcbb4e3c1e924905004ffe67ed83356c5b0d667298', _t258),
    'teacher-admission/when': ('eea262a1d6afbcb076b960d745baf29784dd046cedb0155a6c57086617028abf', _t259),
    'trade-union/1': ('4b96be864301fdaff11fcdb3ad71d1b54e5ba6552dcda7528c7a89475f86dae6', _t260),
    'trade-union/when': ('d2b568d95e11064b2e088f05d51cb91a2abeb0ce7128f2cdc08db29f830e8bd9', _t261),
}
